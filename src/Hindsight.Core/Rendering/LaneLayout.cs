namespace Hindsight.Rendering;

/// <summary>
/// Stacks the labels of marks on an axis in lanes so that no two labels overlap and no leader line (from a label
/// down to its mark on the axis) crosses another label.
/// </summary>
/// <remarks>
/// Labels are placed from the rightmost mark to the leftmost, each in the lowest lane that has room: the leader of a
/// mark further left then passes left of the labels already placed, which gives a readable staircase.
/// </remarks>
internal static class LaneLayout
{
    private const double Gap = 6;

    /// <summary>The lane of each label (0 is nearest the axis), in the order given.</summary>
    public static List<int> Assign(IReadOnlyList<LaneLabel> labels)
    {
        var lanes = new int[labels.Count];
        var placed = new List<(LaneLabel Label, int Lane)>();
        foreach (var index in Enumerable.Range(0, labels.Count).OrderByDescending(i => labels[i].Anchor))
        {
            var label = labels[index];
            // When marks sit too close for any lane to keep every leader clear, crossing a leader is the lesser evil.
            var lane = FirstLane(placed.Count, l => !placed.Exists(p => Conflicts(label, l, p.Label, p.Lane)))
                ?? FirstLane(placed.Count, l => !placed.Exists(p => p.Lane == l && Conflicts(label, l, p.Label, p.Lane)))!.Value;

            placed.Add((label, lane));
            lanes[index] = lane;
        }

        return [.. lanes];
    }

    private static int? FirstLane(int laneCount, Predicate<int> fits)
    {
        for (var lane = 0; lane <= laneCount; lane++)
        {
            if (fits(lane))
            {
                return lane;
            }
        }

        return null;
    }

    private static bool Conflicts(LaneLabel label, int lane, LaneLabel other, int otherLane)
    {
        if (lane == otherLane)
        {
            return label.End + Gap > other.Start && label.Start < other.End + Gap;
        }

        // The leader of the label in the higher lane runs down through the lower lanes.
        return lane > otherLane
            ? Covers(other, label.Anchor)
            : Covers(label, other.Anchor);
    }

    private static bool Covers(LaneLabel label, double x) => x >= label.Start - Gap && x <= label.End + Gap;
}
