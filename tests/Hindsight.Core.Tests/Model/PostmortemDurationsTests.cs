using Hindsight.Model;

namespace Hindsight.Core.Tests.Model;

public class PostmortemDurationsTests
{
    private static readonly DateTimeOffset Start = new(2022, 2, 26, 12, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public void Of_AllInstants_DerivesEachDurationFromTheStart()
    {
        var postmortem = new Postmortem { Started = Start, Detected = Start.AddMinutes(7), Mitigated = Start.AddHours(2), Resolved = Start.AddHours(34) };

        var durations = PostmortemDurations.Of(postmortem);

        Assert.Equal(TimeSpan.FromMinutes(7), durations.TimeToDetect);
        Assert.Equal(TimeSpan.FromHours(2), durations.TimeToMitigate);
        Assert.Equal(TimeSpan.FromHours(34), durations.TimeToResolve);
        Assert.Equal(TimeSpan.FromHours(2), durations.ImpactDuration);
    }

    [Fact]
    public void Of_NoMitigation_ImpactLastsUntilResolution()
    {
        var postmortem = new Postmortem { Started = Start, Resolved = Start.AddHours(34) };

        var durations = PostmortemDurations.Of(postmortem);

        Assert.Null(durations.TimeToMitigate);
        Assert.Equal(TimeSpan.FromHours(34), durations.ImpactDuration);
    }

    [Fact]
    public void Of_InstantsInDifferentOffsets_ComparesTheMomentsNotTheClocks()
    {
        var postmortem = new Postmortem { Started = Start, Detected = new DateTimeOffset(2022, 2, 26, 9, 30, 0, TimeSpan.Zero) };

        Assert.Equal(TimeSpan.FromMinutes(30), PostmortemDurations.Of(postmortem).TimeToDetect);
    }

    [Fact]
    public void Of_NoStart_HasNoDurations()
    {
        var durations = PostmortemDurations.Of(new Postmortem { Detected = Start, Resolved = Start.AddHours(1) });

        Assert.Equal(new PostmortemDurations(null, null, null, null), durations);
    }
}
