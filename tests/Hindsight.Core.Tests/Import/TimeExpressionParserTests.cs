using Hindsight.Import.Internal;

namespace Hindsight.Core.Tests.Import;

public class TimeExpressionParserTests
{
    [Theory]
    [InlineData("10:45 AM EAT - Alert fired", "10:45 AM EAT", 10, 45, "Africa/Nairobi")]
    [InlineData("08:30 AM UTC - Issue detected", "08:30 AM UTC", 8, 30, "UTC")]
    [InlineData("13:20PM :- Issue was detected", "13:20PM", 13, 20, null)]
    [InlineData("7:37 PM: Engineers check", "7:37 PM", 19, 37, null)]
    [InlineData("12:15 AM: After midnight", "12:15 AM", 0, 15, null)]
    [InlineData("15.25 PST 29 april 2022 - engineers", "15.25 PST 29 april 2022", 15, 25, "America/Los_Angeles")]
    [InlineData("3:AM on the first day", "3:AM", 3, 0, null)]
    [InlineData("4: 45 am PST - odd spacing", "4: 45 am PST", 4, 45, "America/Los_Angeles")]
    [InlineData("10:45 AM (UTC): Issue Detected", "10:45 AM (UTC)", 10, 45, "UTC")]
    [InlineData("10:00 AM (UTC+3) - started", "10:00 AM (UTC+3)", 10, 0, "Etc/GMT-3")]
    [InlineData("12:00 CAT — Issue detected", "12:00 CAT", 12, 0, "Africa/Maputo")]
    [InlineData("2023-03-01 14:02 UTC: deploy", "2023-03-01 14:02 UTC", 14, 2, "UTC")]
    [InlineData("16-10-2024 11:58 - PR merged", "16-10-2024 11:58", 11, 58, null)]
    [InlineData("04.12.2022 7:23 AM GMT+1 - tickets", "04.12.2022 7:23 AM GMT+1", 7, 23, "Etc/GMT-1")]
    [InlineData("20:20 GST : The chain halts", "20:20 GST", 20, 20, "Asia/Dubai")]
    [InlineData("2023-01-04/11:34: Wire was informed", "2023-01-04/11:34", 11, 34, null)]
    public void MatchAt_TimeShapes_ReadsClockAndZone(string text, string expected, int hour, int minute, string? zone)
    {
        var stamp = TimeExpressionParser.MatchAt(text, 0);

        Assert.NotNull(stamp);
        Assert.Equal(expected, stamp.Text);
        Assert.Equal(hour, stamp.Hour);
        Assert.Equal(minute, stamp.Minute);
        Assert.Equal(zone, stamp.Zone?.IanaId);
    }

    [Fact]
    public void MatchAt_WeekdayDayMonthAndMilitaryHours_ReadsEveryPart()
    {
        var stamp = TimeExpressionParser.MatchAt("Saturday 26th February 1200 hours (East Africa Time) when", 0);

        Assert.NotNull(stamp);
        Assert.Equal("Saturday 26th February 1200 hours (East Africa Time)", stamp.Text);
        Assert.Equal(DayOfWeek.Saturday, stamp.Weekday);
        Assert.Equal((2, 26, 12, 0), (stamp.Month, stamp.Day, stamp.Hour, stamp.Minute));
        Assert.Null(stamp.Year);
        Assert.Equal("Africa/Nairobi", stamp.Zone?.IanaId);
    }

    [Fact]
    public void MatchAt_MisspelledMonth_StillReadsTheMonth()
    {
        var stamp = TimeExpressionParser.MatchAt("Sunday 27th Febraury 2200 hours (East Africa Time).", 0);

        Assert.NotNull(stamp);
        Assert.Equal(2, stamp.Month);
        Assert.Equal(22, stamp.Hour);
    }

    [Fact]
    public void MatchAt_Range_KeepsBothEndsAndSharesTheZone()
    {
        var stamp = TimeExpressionParser.MatchAt("14:02 - 14:30 CST: maintenance", 0);

        Assert.NotNull(stamp);
        Assert.Equal("14:02 - 14:30 CST", stamp.Text);
        Assert.Equal(14, stamp.RangeEnd?.Hour);
        Assert.Equal(30, stamp.RangeEnd?.Minute);
        Assert.Equal("America/Chicago", stamp.Zone?.IanaId);
    }

    [Fact]
    public void MatchAt_RelativeDay_ReadsTheDayNumber()
    {
        var stamp = TimeExpressionParser.MatchAt("Day 2, 09:00 - review", 0);

        Assert.NotNull(stamp);
        Assert.Equal("Day 2, 09:00", stamp.Text);
        Assert.Equal(2, stamp.RelativeDay);
        Assert.Equal(9, stamp.Hour);
    }

    [Fact]
    public void MatchAt_DateFirstWithYear_ReadsTheDate()
    {
        var stamp = TimeExpressionParser.MatchAt("March 2, 2025, 12:00 CAT — March 2, 2025, 14:15 CAT", 0);

        Assert.NotNull(stamp);
        Assert.Equal("March 2, 2025, 12:00 CAT", stamp.Text);
        Assert.Equal((2025, 3, 2), (stamp.Year, stamp.Month, stamp.Day));
    }

    [Theory]
    [InlineData("Monitoring alerts triggered")]
    [InlineData("2 servers were down")]
    [InlineData("the market opened")]
    public void MatchAt_TextWithoutTime_ReturnsNull(string text)
    {
        Assert.Null(TimeExpressionParser.MatchAt(text, 0));
    }

    [Fact]
    public void FindAll_VersionNumbersInProse_AreNotTimes()
    {
        var found = TimeExpressionParser.FindAll("Upgrading from version 1.13 to 1.14 broke DNS at 11:21 UTC.").ToList();

        var stamp = Assert.Single(found);
        Assert.Equal("11:21 UTC", stamp.Text);
    }

    [Fact]
    public void MatchAt_NumericDateWithBothReadingsPossible_IsMarkedAmbiguous()
    {
        var stamp = TimeExpressionParser.MatchAt("08/02/2022, 5:PM", 0);

        Assert.NotNull(stamp);
        Assert.True(stamp.AmbiguousDayMonth);
        Assert.Equal(17, stamp.Hour);
    }

    [Theory]
    [InlineData("16-10-2024 11:58", 16, 10)]
    [InlineData("01-31-2024 7:42 PM", 31, 1)]
    public void MatchAt_DashedNumericDate_ReadsDayFirstUnlessImpossible(string text, int day, int month)
    {
        var stamp = TimeExpressionParser.MatchAt(text, 0);

        Assert.NotNull(stamp);
        Assert.Equal(text, stamp.Text);
        Assert.Equal(day, stamp.Day);
        Assert.Equal(month, stamp.Month);
        Assert.Equal(2024, stamp.Year);
    }

    [Fact]
    public void FindZone_LongNameWithAbbreviation_MapsToIana()
    {
        var zone = TimeExpressionParser.FindZone("approximately 00:07 Pacific Standard Time (PST), an outage");

        Assert.NotNull(zone);
        Assert.Equal("America/Los_Angeles", zone.IanaId);
        Assert.Equal(TimeSpan.FromHours(-8), zone.FixedOffset);
    }
}
