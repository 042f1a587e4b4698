namespace Hindsight.Rendering;

/// <summary>One mark on the timeline picture.</summary>
/// <param name="At">Where on the axis.</param>
/// <param name="Label">The milestone name, or the key entry's number.</param>
/// <param name="CssClass">The class that colours it.</param>
/// <param name="Detail">What happened, for the legend of key entries.</param>
internal sealed record TimelineMark(DateTimeOffset At, string Label, string CssClass, string? Detail = null);
