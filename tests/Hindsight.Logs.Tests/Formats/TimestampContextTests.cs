using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Tests.Formats;

public class TimestampContextTests
{
    [Fact]
    public void YearFor_MonthAfterModificationTime_UsesPreviousYear()
    {
        var context = new TimestampContext(TimeZoneInfo.Utc, null, new DateTimeOffset(2022, 1, 5, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2021, context.YearFor(12, 31));
        Assert.Equal(2022, context.YearFor(1, 4));
        Assert.True(context.UsedYear);
        Assert.False(context.YearIsExplicit);
    }

    [Fact]
    public void YearFor_ExplicitYear_WinsOverModificationTime()
    {
        var context = new TimestampContext(TimeZoneInfo.Utc, 2005, new DateTimeOffset(2022, 1, 5, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2005, context.YearFor(12, 31));
        Assert.True(context.YearIsExplicit);
    }

    [Fact]
    public void FromLocal_AcrossDaylightSavingChange_UsesTheOffsetOfEachHour()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var context = new TimestampContext(berlin, null, DateTimeOffset.UnixEpoch);

        var before = context.FromLocal(new DateTime(2022, 3, 27, 1, 59, 0));
        var after = context.FromLocal(new DateTime(2022, 3, 27, 3, 1, 0));

        Assert.Equal(TimeSpan.FromHours(1), before.Offset);
        Assert.Equal(TimeSpan.FromHours(2), after.Offset);
        Assert.True(context.UsedZone);
    }

    [Fact]
    public void Parse_TimestampWithoutYear_UsesReferenceYear()
    {
        var context = new TimestampContext(TimeZoneInfo.Utc, null, new DateTimeOffset(2019, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var line = "Jun 14 15:16:01 combo sshd[1]: session opened";
        var parser = new LineParser(FormatDetector.Detect([line], context).Format, context);

        var parsed = parser.Parse(line);

        Assert.Equal(new DateTimeOffset(2019, 6, 14, 15, 16, 1, TimeSpan.Zero), parsed.Timestamp);
    }
}
