using Hindsight.Model;

namespace Hindsight.Import;

/// <summary>What a timeline entry's stamp states by itself, before anything was borrowed from the rest of the document.</summary>
/// <param name="Entry">The timeline entry the stamp belongs to.</param>
/// <param name="Line">The 1-based line of the stamp.</param>
/// <param name="Text">The stamp exactly as written (the entry's <see cref="TimelineEntry.OriginalTime"/>).</param>
/// <param name="HasDate">Whether the stamp gives a date (or a "Day N").</param>
/// <param name="HasYear">Whether the stamp gives a year.</param>
/// <param name="ZoneText">The zone as written in the stamp ("EAT", "East Africa Time", "UTC+3"), or <see langword="null"/>.</param>
/// <param name="ZoneIana">The IANA zone <paramref name="ZoneText"/> maps to, when known.</param>
/// <param name="ZoneIsAbbreviation">Whether the zone is written as an abbreviation or long name rather than UTC or an offset.</param>
/// <param name="Weekday">The weekday the stamp names ("Saturday 26th February"), to check against the date.</param>
public sealed record ImportedStamp(TimelineEntry Entry, int Line, string Text, bool HasDate, bool HasYear, string? ZoneText, string? ZoneIana, bool ZoneIsAbbreviation, DayOfWeek? Weekday);
