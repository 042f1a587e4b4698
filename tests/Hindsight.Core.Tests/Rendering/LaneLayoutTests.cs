using Hindsight.Rendering;

namespace Hindsight.Core.Tests.Rendering;

public sealed class LaneLayoutTests
{
    [Fact]
    public void Assign_LabelsFarApart_ShareTheFirstLane()
    {
        var lanes = LaneLayout.Assign([new LaneLabel(10, 10, 100), new LaneLabel(300, 300, 400)]);

        Assert.Equal([0, 0], lanes);
    }

    [Fact]
    public void Assign_CloseMarks_StackAsAStaircaseWithoutCrossingLeaders()
    {
        var lanes = LaneLayout.Assign([new LaneLabel(100, 100, 250), new LaneLabel(110, 110, 260), new LaneLabel(130, 130, 280)]);

        // The leftmost mark's leader passes left of the labels nearer the axis, so it goes highest.
        Assert.Equal([2, 1, 0], lanes);
    }

    [Fact]
    public void Assign_MarksTooCloseForAnyLeaderToStayClear_StillEnds()
    {
        var labels = Enumerable.Range(0, 20).Select(i => new LaneLabel(100 + i, 90 + i, 110 + i)).ToList();

        var lanes = LaneLayout.Assign(labels);

        Assert.Equal(20, lanes.Distinct().Count());
    }
}
