namespace Hindsight.Import;

/// <summary>The stable codes of import diagnostics (HS02xx); they never change meaning once released.</summary>
public static class ImportDiagnosticCodes
{
    /// <summary>A zone abbreviation names several zones (CST, IST, BST, ...); the most common one was used.</summary>
    public const string AmbiguousZone = "HS0201";

    /// <summary>A timeline time could not be turned into an instant (no date, no year or no zone).</summary>
    public const string UnresolvedTime = "HS0202";

    /// <summary>A standard-time abbreviation is used on a daylight-saving date, or the reverse (PST in July).</summary>
    public const string ZoneAbbreviationMismatch = "HS0203";

    /// <summary>A numeric date could be day/month or month/day.</summary>
    public const string AmbiguousDate = "HS0204";

    /// <summary>A time written without a zone took the zone stated elsewhere in the document.</summary>
    public const string ZoneTakenFromDocument = "HS0205";

    /// <summary>A time earlier than the one before it, written without a date, was taken to be on the next day.</summary>
    public const string NextDayAssumed = "HS0206";

    /// <summary>Content the importer could not place was kept in the notes.</summary>
    public const string ContentInNotes = "HS0207";

    /// <summary>The document has no timeline the importer could read.</summary>
    public const string NoTimeline = "HS0208";

    /// <summary>The front matter has Hindsight's keys, but the file does not read as a Hindsight file; it was imported as free Markdown.</summary>
    public const string NotAHindsightFile = "HS0209";
}
