namespace Hindsight.Lint.Text;

/// <summary>The times, dates and zones a document writes, in document order.</summary>
/// <param name="Times">Every clock time.</param>
/// <param name="Dates">Every calendar date.</param>
/// <param name="Zones">Every zone written next to a time or declared for the document.</param>
/// <param name="DeclaredZone">A zone declared for all times ("All times in CET"), if any.</param>
internal sealed record TemporalFacts(
    IReadOnlyList<TimeMention> Times,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<ZoneMention> Zones,
    ZoneMention? DeclaredZone)
{
    /// <summary>Whether the time has a zone of its own, shares one with another time on its line, or the document declares one.</summary>
    public bool IsZoned(TimeMention time) =>
        time.Zone is not null || DeclaredZone is not null || Zones.Any(zone => zone.Line == time.Line);
}
