namespace Hindsight.Rendering;

/// <summary>A label to place in a lane: it spans <see cref="Start"/> to <see cref="End"/> and its leader drops at <see cref="Anchor"/>.</summary>
internal readonly record struct LaneLabel(double Anchor, double Start, double End);
