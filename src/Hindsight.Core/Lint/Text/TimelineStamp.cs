namespace Hindsight.Lint.Text;

/// <summary>The time of one timeline line, with its date when the line or a date line above it gives one.</summary>
/// <param name="Time">The first time written on the line.</param>
/// <param name="Date">The date in force, if any.</param>
internal sealed record TimelineStamp(TimeMention Time, DateOnly? Date);
