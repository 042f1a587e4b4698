using System.Globalization;

namespace Hindsight.Import.Internal;

/// <summary>
/// Maps the zone names people write (abbreviations, long names, UTC offsets) to IANA zones. Abbreviations that
/// several regions use are mapped to the most common reading and flagged as ambiguous.
/// </summary>
internal static class ZoneNames
{
    private static readonly Dictionary<string, (string Iana, double? Offset, string[] Alternatives)> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = ("UTC", 0, []),
        ["GMT"] = ("UTC", 0, []),
        ["Z"] = ("UTC", 0, []),
        ["EAT"] = ("Africa/Nairobi", 3, []),
        ["CAT"] = ("Africa/Maputo", 2, []),
        ["WAT"] = ("Africa/Lagos", 1, []),
        ["SAST"] = ("Africa/Johannesburg", 2, []),
        ["PST"] = ("America/Los_Angeles", -8, []),
        ["PDT"] = ("America/Los_Angeles", -7, []),
        ["PT"] = ("America/Los_Angeles", null, []),
        ["MST"] = ("America/Denver", -7, ["America/Phoenix"]),
        ["MDT"] = ("America/Denver", -6, []),
        ["MT"] = ("America/Denver", null, []),
        ["CST"] = ("America/Chicago", -6, ["Asia/Shanghai", "America/Havana"]),
        ["CDT"] = ("America/Chicago", -5, []),
        ["CT"] = ("America/Chicago", null, []),
        ["EST"] = ("America/New_York", -5, []),
        ["EDT"] = ("America/New_York", -4, []),
        ["ET"] = ("America/New_York", null, []),
        ["AKST"] = ("America/Anchorage", -9, []),
        ["AKDT"] = ("America/Anchorage", -8, []),
        ["HST"] = ("Pacific/Honolulu", -10, []),
        ["CET"] = ("Europe/Berlin", 1, []),
        ["CEST"] = ("Europe/Berlin", 2, []),
        ["EET"] = ("Europe/Athens", 2, []),
        ["EEST"] = ("Europe/Athens", 3, []),
        ["WET"] = ("Europe/Lisbon", 0, []),
        ["WEST"] = ("Europe/Lisbon", 1, []),
        ["BST"] = ("Europe/London", 1, ["Asia/Dhaka"]),
        ["IST"] = ("Asia/Kolkata", 5.5, ["Europe/Dublin", "Asia/Jerusalem"]),
        ["JST"] = ("Asia/Tokyo", 9, []),
        ["KST"] = ("Asia/Seoul", 9, []),
        ["SGT"] = ("Asia/Singapore", 8, []),
        ["HKT"] = ("Asia/Hong_Kong", 8, []),
        ["AEST"] = ("Australia/Sydney", 10, ["Australia/Brisbane"]),
        ["AEDT"] = ("Australia/Sydney", 11, []),
        ["ACST"] = ("Australia/Adelaide", 9.5, ["Australia/Darwin"]),
        ["AWST"] = ("Australia/Perth", 8, []),
        ["NZST"] = ("Pacific/Auckland", 12, []),
        ["NZDT"] = ("Pacific/Auckland", 13, []),
        ["MSK"] = ("Europe/Moscow", 3, []),
        ["BRT"] = ("America/Sao_Paulo", -3, []),
        ["ART"] = ("America/Argentina/Buenos_Aires", -3, []),
        ["WIB"] = ("Asia/Jakarta", 7, []),
        ["PKT"] = ("Asia/Karachi", 5, []),
        ["GST"] = ("Asia/Dubai", 4, ["Atlantic/South_Georgia"]),
        ["AST"] = ("America/Halifax", -4, ["Asia/Riyadh"]),
        ["ICT"] = ("Asia/Bangkok", 7, []),
        ["PHT"] = ("Asia/Manila", 8, []),
        ["MYT"] = ("Asia/Kuala_Lumpur", 8, []),
        ["NPT"] = ("Asia/Kathmandu", 5.75, []),
        ["IDT"] = ("Asia/Jerusalem", 3, []),
        ["TRT"] = ("Europe/Istanbul", 3, []),
    };

    /// <summary>Long names, matched on their first words; "standard"/"daylight"/"summer" pick the abbreviation.</summary>
    private static readonly (string Prefix, string Generic, string? Standard, string? Daylight)[] LongNames =
    [
        ("east africa", "EAT", "EAT", "EAT"),
        ("central africa", "CAT", "CAT", "CAT"),
        ("west africa", "WAT", "WAT", "WAT"),
        ("south africa", "SAST", "SAST", "SAST"),
        ("central european", "CET", "CET", "CEST"),
        ("eastern european", "EET", "EET", "EEST"),
        ("western european", "WET", "WET", "WEST"),
        ("greenwich", "GMT", "GMT", "GMT"),
        ("coordinated universal", "UTC", "UTC", "UTC"),
        ("universal", "UTC", "UTC", "UTC"),
        ("british", "BST", "GMT", "BST"),
        ("india", "IST", "IST", "IST"),
        ("japan", "JST", "JST", "JST"),
        ("china", "CST-China", "CST-China", "CST-China"),
        ("singapore", "SGT", "SGT", "SGT"),
        ("australian eastern", "AEST", "AEST", "AEDT"),
        ("moscow", "MSK", "MSK", "MSK"),
        ("pacific", "PT", "PST", "PDT"),
        ("mountain", "MT", "MST", "MDT"),
        ("central", "CT", "CST", "CDT"),
        ("eastern", "ET", "EST", "EDT"),
        ("alaska", "AKST", "AKST", "AKDT"),
        ("hawaii", "HST", "HST", "HST"),
    ];

    /// <summary>Reads a zone written as an abbreviation (optionally with an offset, as in <c>UTC+3</c>) or as a long name.</summary>
    public static ZoneMention? Resolve(string text, string? abbreviation, string? offset, string? longName)
    {
        if (abbreviation is not null && !string.IsNullOrWhiteSpace(offset))
        {
            return FromOffset(text, offset);
        }

        if (!string.IsNullOrEmpty(abbreviation) && Abbreviations.TryGetValue(abbreviation, out var known))
        {
            return Mention(text, known);
        }

        return string.IsNullOrEmpty(longName) ? null : FromLongName(text, longName);
    }

    private static ZoneMention FromLongName(string text, string longName)
    {
        var key = TextCleaner.Key(longName);
        foreach (var (prefix, generic, standard, daylight) in LongNames)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var chosen = key.Contains("standard", StringComparison.Ordinal) ? standard
                : key.Contains("daylight", StringComparison.Ordinal) || key.Contains("summer", StringComparison.Ordinal) ? daylight
                : generic;
            if (chosen == "CST-China")
            {
                return new ZoneMention(text, "Asia/Shanghai", TimeSpan.FromHours(8), []);
            }

            // A long name is not ambiguous the way its abbreviation is: "Central Standard Time" is American.
            return Mention(text, Abbreviations[chosen!]) with { Alternatives = [] };
        }

        return new ZoneMention(text, null, null, []);
    }

    private static ZoneMention Mention(string text, (string Iana, double? Offset, string[] Alternatives) known) =>
        new(text, known.Iana, known.Offset is { } hours ? TimeSpan.FromHours(hours) : null, known.Alternatives);

    private static ZoneMention FromOffset(string text, string offset)
    {
        var cleaned = offset.Replace(" ", "", StringComparison.Ordinal).Replace('\u2212', '-').Replace(":", "", StringComparison.Ordinal);
        var sign = cleaned.StartsWith('-') ? -1 : 1;
        var digits = cleaned.TrimStart('+', '-');
        var hours = int.Parse(digits.Length > 2 ? digits[..^2] : digits, CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return new ZoneMention(text, null, null, []);
        }

        var span = TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
        // IANA's Etc zones have inverted signs: UTC+3 is Etc/GMT-3.
        var iana = span == TimeSpan.Zero ? "UTC" : minutes == 0 ? string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(sign > 0 ? "-" : "+")}{hours}") : null;
        return new ZoneMention(text, iana, span, []);
    }
}
