using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Tests.Formats;

/// <summary>A remembered syslog timestamp must give exactly what parsing the line again would.</summary>
public class SyslogStampMemoTests
{
    private static (DateTimeOffset Value, int End) Read(string line, TimestampContext context)
    {
        Assert.True(TimestampScanner.TryParse(line, 0, context, out var value, out var end), line);
        return (value, end);
    }

    private static TimestampContext Utc(int year) => new(TimeZoneInfo.Utc, year, DateTimeOffset.UnixEpoch);

    [Fact]
    public void TryParse_SameStampFollowedByAFraction_ReadsTheFraction()
    {
        var context = Utc(2024);
        var plain = Read("Feb 26 12:01:07 web-01 sshd[1]: a", context);

        var fraction = Read("Feb 26 12:01:07.250 web-01 sshd[1]: b", context);

        Assert.Equal(15, plain.End);
        Assert.Equal(19, fraction.End);
        Assert.Equal(plain.Value.AddMilliseconds(250), fraction.Value);
    }

    [Fact]
    public void TryParse_StampThatEndedTheLineThenGoesOn_ReadsWhatFollows()
    {
        var context = Utc(2024);
        var alone = Read("Feb 26 12:01:07", context);

        var longer = Read("Feb 26 12:01:07.5 web-01 kernel: x", context);

        Assert.Equal(15, alone.End);
        Assert.Equal(17, longer.End);
        Assert.Equal(alone.Value.AddMilliseconds(500), longer.Value);
    }

    [Fact]
    public void TryParse_SameStampInAnotherFilesContext_TakesThatFilesYear()
    {
        var first = Read("Feb 26 12:01:07 web-01 sshd[1]: a", Utc(2024));

        var second = Read("Feb 26 12:01:07 web-01 sshd[1]: a", Utc(2023));

        Assert.Equal(2024, first.Value.Year);
        Assert.Equal(2023, second.Value.Year);
    }

    [Fact]
    public void TryParse_StampWithYearAndZoneAfterAYearLessOne_ReadsTheZone()
    {
        var context = Utc(2024);
        Read("Feb 26 12:01:07 host a", context);

        var withZone = Read("Feb 26 2022 12:01:07 +03:00 host b", context);

        Assert.Equal(TimeSpan.FromHours(3), withZone.Value.Offset);
        Assert.Equal(2022, withZone.Value.Year);
    }

    [Fact]
    public void TryParse_RepeatedAtAnotherPosition_GivesTheSameInstantAndEnd()
    {
        var context = Utc(2024);
        var first = Read("Feb 26 12:01:07 host a", context);

        Assert.True(TimestampScanner.TryParse("<13>Feb 26 12:01:07 host b", 4, context, out var value, out var end));

        Assert.Equal(first.Value, value);
        Assert.Equal(4 + first.End, end);
    }
}
