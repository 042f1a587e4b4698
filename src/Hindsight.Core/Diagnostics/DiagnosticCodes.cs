namespace Hindsight.Diagnostics;

/// <summary>
/// The stable codes of the file format's diagnostics (HS0xxx). Lint rules have their own catalogue; these codes never
/// change meaning once released, so scripts may match on them.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file is empty.</summary>
    public const string EmptyFile = "HS0001";

    /// <summary>The file is not valid UTF-8.</summary>
    public const string NotUtf8 = "HS0002";

    /// <summary>The front matter is missing or not closed.</summary>
    public const string MissingFrontMatter = "HS0003";

    /// <summary>The front matter is not valid YAML.</summary>
    public const string MalformedYaml = "HS0004";

    /// <summary>A front-matter key is unknown; it is kept.</summary>
    public const string UnknownKey = "HS0005";

    /// <summary>A front-matter value has the wrong type or an unknown value.</summary>
    public const string InvalidValue = "HS0006";

    /// <summary>An instant is not a valid date and time.</summary>
    public const string InvalidInstant = "HS0007";

    /// <summary>An instant has no time zone or offset.</summary>
    public const string InstantWithoutZone = "HS0008";

    /// <summary>The time zone is not an IANA zone.</summary>
    public const string UnknownTimeZone = "HS0009";

    /// <summary>The post-mortem has no title.</summary>
    public const string MissingTitle = "HS0010";

    /// <summary>Started, detected, mitigated and resolved are not in order.</summary>
    public const string InstantsOutOfOrder = "HS0011";

    /// <summary>An identifier is used twice.</summary>
    public const string DuplicateId = "HS0012";

    /// <summary>An item that needs an identifier has none.</summary>
    public const string MissingId = "HS0013";

    /// <summary>An action item links to a contributing factor that does not exist.</summary>
    public const string UnknownFactor = "HS0014";

    /// <summary>An impact figure is outside its range.</summary>
    public const string FigureOutOfRange = "HS0015";

    /// <summary>A section is unknown; it is kept.</summary>
    public const string UnknownSection = "HS0016";

    /// <summary>A timeline entry, factor or action item cannot be read.</summary>
    public const string MalformedEntry = "HS0017";

    /// <summary>The heading title and the front-matter title differ.</summary>
    public const string TitleMismatch = "HS0018";
}
