using System.Globalization;
using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Tests.Formats;

public class LogFormatsTests
{
    private static readonly TimeZoneInfo Nairobi = TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi");

    private static TimestampContext Context() => new(Nairobi, 2022, new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(FormatFixtures.Lines), MemberType = typeof(FormatFixtures))]
    public void Detect_SampleOfOneFormat_ChoosesItAndSplitsTheLine(string format, string line, string? timestamp, string level, string message)
    {
        var context = Context();

        var detection = FormatDetector.Detect(Enumerable.Repeat(line, 5), context);
        var parsed = new LineParser(detection.Format, context).Parse(line);

        Assert.Contains(format, detection.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(timestamp, parsed.Timestamp?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture));
        Assert.Equal(level, parsed.Severity.ToName());
        Assert.Equal(message, parsed.Content(line).ToString());
    }

    [Fact]
    public void Parse_RasLineWithSyslogClock_TakesTheYearOfItsDateFieldNotTheAssumedOne()
    {
        var line = "- 1645866067 2022.02.26 node-7 Feb 26 12:01:07 node-7/node-7 sshd[12]: connection closed";
        var context = new TimestampContext(Nairobi, 2019, new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var parsed = new LineParser(FormatDetector.Detect([line, line], context).Format, context).Parse(line);

        Assert.Equal(new DateTimeOffset(2022, 2, 26, 12, 1, 7, TimeSpan.FromHours(3)), parsed.Timestamp);
        Assert.False(context.UsedYear);
    }

    [Theory]
    [InlineData("[10.30 16:49:06] app - opened", 10, 30)]
    [InlineData("[30.10 16:49:06] app - opened", 10, 30)]
    public void Parse_DottedMonthAndDay_ReadsDayFirstOnlyWhenTheFirstCannotBeAMonth(string line, int month, int day)
    {
        var context = Context();

        var parsed = new LineParser(FormatDetector.Detect([line, line], context).Format, context).Parse(line);

        Assert.Equal(new DateTimeOffset(2022, month, day, 16, 49, 6, TimeSpan.FromHours(3)), parsed.Timestamp);
    }

    [Fact]
    public void Detect_NoTimestamps_ReportsNoFormatAndKeepsWholeLines()
    {
        var lines = new[] { "hello world", "  at Example.Main()", "nothing here either" };
        var context = Context();

        var detection = FormatDetector.Detect(lines, context);
        var parsed = new LineParser(detection.Format, context).Parse(lines[0]);

        Assert.Null(detection.Format);
        Assert.Null(parsed.Timestamp);
        Assert.Equal("hello world", parsed.Content(lines[0]).ToString());
    }

    [Fact]
    public void Parse_MixedFormatsInOneFile_ReadsEachLineWithTheFormatThatFits()
    {
        var syslog = "Feb 26 12:01:07 web-01 cron[1]: job started";
        var nginx = "2022/02/26 12:01:09 [warn] 10#10: *1 client sent invalid header";
        var context = Context();
        var parser = new LineParser(FormatDetector.Detect([syslog, syslog, syslog], context).Format, context);

        var first = parser.Parse(syslog);
        var second = parser.Parse(nginx);

        Assert.Equal("job started", first.Content(syslog).ToString());
        Assert.Equal(LogSeverity.Warning, second.Severity);
        Assert.Equal(new DateTimeOffset(2022, 2, 26, 12, 1, 9, TimeSpan.FromHours(3)), second.Timestamp);
        Assert.Equal(1, parser.OtherFormatLines);
    }

    [Fact]
    public void Parse_ContinuationLine_HasNoTimestampAndWholeLineAsMessage()
    {
        var context = Context();
        var parser = new LineParser(LogFormats.All[^1], context);
        var line = "\tat org.example.Server.run(Server.java:42)";

        var parsed = parser.Parse(line);

        Assert.Null(parsed.Timestamp);
        Assert.Equal("at org.example.Server.run(Server.java:42)", parsed.Content(line).ToString());
    }
}
