namespace Hindsight.Logs.Signals;

/// <summary>A minute where a template's rate rose well above its own baseline.</summary>
/// <param name="Start">The start of the first minute of the burst.</param>
/// <param name="PeakPerMinute">The highest count in one minute during the burst.</param>
/// <param name="BaselinePerMinute">The template's typical count per minute (median over its active span, zeros included).</param>
public sealed record Burst(DateTimeOffset Start, long PeakPerMinute, double BaselinePerMinute);
