namespace Hindsight.Import.Internal;

/// <summary>A time zone as a document names it, and what it maps to.</summary>
/// <param name="Text">The zone exactly as written (for example <c>EAT</c> or <c>East Africa Time</c>).</param>
/// <param name="IanaId">The IANA zone it maps to, when known (fixed offsets such as UTC+3 map to <c>Etc/GMT-3</c>).</param>
/// <param name="FixedOffset">The offset the abbreviation itself states (PST is always -08:00), when it states one.</param>
/// <param name="Alternatives">Other zones the same abbreviation is used for; not empty means ambiguous.</param>
internal sealed record ZoneMention(string Text, string? IanaId, TimeSpan? FixedOffset, IReadOnlyList<string> Alternatives)
{
    public bool IsAmbiguous => Alternatives.Count > 0;
}
