namespace Hindsight.Lint.Text;

/// <summary>A clock time written in the prose (for example <c>10:45 AM</c>, <c>1200 hours</c>, <c>14:02</c>).</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">The time exactly as written.</param>
/// <param name="MinuteOfDay">Minutes since midnight on a 24-hour clock.</param>
/// <param name="Zone">The zone written right after the time, if any.</param>
internal sealed record TimeMention(int Line, int Column, string Text, int MinuteOfDay, ZoneMention? Zone);
