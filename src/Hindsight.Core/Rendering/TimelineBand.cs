namespace Hindsight.Rendering;

/// <summary>A stretch of time shaded on the timeline picture (the impact, the recovery).</summary>
internal sealed record TimelineBand(DateTimeOffset From, DateTimeOffset To, string Label);
