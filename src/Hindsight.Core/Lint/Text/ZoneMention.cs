namespace Hindsight.Lint.Text;

/// <summary>A time zone as written next to a time (for example <c>UTC</c>, <c>+03:00</c>, <c>EAT</c>, <c>East Africa Time</c>).</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">The zone exactly as written.</param>
/// <param name="IsFormal">Whether the zone is unambiguous on its own: UTC, GMT, a numeric offset or an IANA name.</param>
/// <param name="Iana">The IANA zone an informal name most likely stands for, when known.</param>
internal sealed record ZoneMention(int Line, int Column, string Text, bool IsFormal, string? Iana);
