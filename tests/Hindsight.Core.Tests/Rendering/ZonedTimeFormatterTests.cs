using Hindsight.Rendering;

namespace Hindsight.Core.Tests.Rendering;

public sealed class ZonedTimeFormatterTests
{
    [Fact]
    public void Full_InstantInAnotherOffset_IsShownInTheReportZoneWithItsName()
    {
        var formatter = new ZonedTimeFormatter("Africa/Nairobi");

        var text = formatter.Full(new DateTimeOffset(2022, 2, 26, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("2022-02-26 12:00 UTC+03:00 (Africa/Nairobi)", text);
    }

    [Fact]
    public void Short_AcrossDaylightSavingChange_UsesTheOffsetInForceAtEachInstant()
    {
        var formatter = new ZonedTimeFormatter("Europe/Berlin");

        var before = formatter.Short(new DateTimeOffset(2024, 3, 31, 0, 30, 0, TimeSpan.Zero));
        var after = formatter.Short(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero));

        Assert.Equal("2024-03-31 01:30 UTC+01:00", before);
        Assert.Equal("2024-03-31 03:30 UTC+02:00", after);
    }

    [Fact]
    public void Full_WithoutZone_KeepsTheInstantsOwnOffset()
    {
        var formatter = new ZonedTimeFormatter(null);

        Assert.Equal("2023-03-01 14:02 UTC-05:00", formatter.Full(new DateTimeOffset(2023, 3, 1, 14, 2, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void Full_InUtc_DoesNotRepeatTheZone()
    {
        var formatter = new ZonedTimeFormatter("UTC");

        Assert.Equal("2023-03-01 14:02:30 UTC", formatter.Full(new DateTimeOffset(2023, 3, 1, 14, 2, 30, TimeSpan.Zero)));
    }
}
