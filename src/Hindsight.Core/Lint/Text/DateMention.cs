namespace Hindsight.Lint.Text;

/// <summary>A calendar date written in the prose (for example <c>Saturday 26th February</c>, <c>2022-05-23</c>).</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">The date exactly as written.</param>
/// <param name="Year">The year, when written.</param>
/// <param name="Month">The month (1 to 12), when known for certain.</param>
/// <param name="Day">The day of the month, when known for certain.</param>
/// <param name="Weekday">The weekday the author wrote, if any.</param>
internal sealed record DateMention(int Line, int Column, string Text, int? Year, int? Month, int? Day, DayOfWeek? Weekday);
