namespace Hindsight.Rendering;

/// <summary>Puts labels in lanes so that no two labels in one lane overlap; the first lane that has room wins.</summary>
internal static class LaneLayout
{
    private const double Gap = 8;

    /// <summary>The lane of each extent, in the order given.</summary>
    public static List<int> Assign(IReadOnlyList<(double Start, double End)> extents)
    {
        var laneEnds = new List<List<(double Start, double End)>>();
        var lanes = new List<int>(extents.Count);
        foreach (var extent in extents)
        {
            var lane = laneEnds.FindIndex(taken => taken.TrueForAll(t => extent.End + Gap <= t.Start || extent.Start >= t.End + Gap));
            if (lane < 0)
            {
                laneEnds.Add([]);
                lane = laneEnds.Count - 1;
            }

            laneEnds[lane].Add(extent);
            lanes.Add(lane);
        }

        return lanes;
    }
}
