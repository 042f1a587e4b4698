using Hindsight.Format;

namespace Hindsight.Core.Tests.Format;

public class InstantSyntaxTests
{
    [Theory]
    [InlineData("2022-02-26T12:00:00+03:00", "2022-02-26T09:00:00+00:00")]
    [InlineData("2022-02-26 12:00 +03:00", "2022-02-26T09:00:00+00:00")]
    [InlineData("2022-02-26 12:00 +0300", "2022-02-26T09:00:00+00:00")]
    [InlineData("2022-02-26 09:00 UTC", "2022-02-26T09:00:00+00:00")]
    [InlineData("2022-02-26T09:00Z", "2022-02-26T09:00:00+00:00")]
    [InlineData("2022-02-26 12:00:30.25 Africa/Nairobi", "2022-02-26T09:00:30.25+00:00")]
    public void TryParse_ZonedForms_GiveTheSameMoment(string text, string expectedUtc)
    {
        Assert.True(InstantSyntax.TryParse(text, out var instant, out var error), error);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2022-02-26 12:00", "no time zone")]
    [InlineData("26/02/2022 12:00 UTC", "expected a date and time")]
    [InlineData("2022-02-26 12:00 Mars/Olympus", "neither a UTC offset nor an IANA time zone")]
    [InlineData("2022-02-26 25:00 UTC", "does not exist")]
    [InlineData("2022-02-26 12:00 +15:00", "out of range")]
    public void TryParse_BadText_SaysWhy(string text, string reason)
    {
        Assert.False(InstantSyntax.TryParse(text, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TimeInDaylightSavingGap_MovesForwardRatherThanFailing()
    {
        Assert.True(InstantSyntax.TryParse("2022-03-27 02:30 Europe/Paris", out var instant, out _));

        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);
    }

    [Fact]
    public void FormatInZone_ShowsTheLocalClockWithOffsetAndZoneName()
    {
        var instant = new DateTimeOffset(2022, 2, 26, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal("2022-02-26 12:00 +03:00 (Africa/Nairobi)", InstantSyntax.FormatInZone(instant, "Africa/Nairobi"));
        Assert.Equal("2022-02-26 09:00 +00:00", InstantSyntax.FormatInZone(instant, null));
    }
}
