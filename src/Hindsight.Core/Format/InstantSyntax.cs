using System.Globalization;
using System.Text.RegularExpressions;

namespace Hindsight.Format;

/// <summary>
/// Reads and writes the instants of a post-mortem file. Every instant carries its zone: a UTC offset
/// (<c>+03:00</c>, <c>Z</c>, <c>UTC</c>) or an IANA zone name (<c>Africa/Nairobi</c>). A time without a zone is refused
/// rather than guessed.
/// </summary>
public static partial class InstantSyntax
{
    /// <summary>Parses an instant such as <c>2022-02-26T12:00:00+03:00</c>, <c>2022-02-26 12:00 +03:00</c> or <c>2022-02-26 12:00 Africa/Nairobi</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="instant">The instant, with the offset written or the offset of the named zone at that time.</param>
    /// <param name="error">Why the text is not an instant, phrased to follow "'text' is not an instant: ".</param>
    public static bool TryParse(string text, out DateTimeOffset instant, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        instant = default;
        var match = InstantPattern().Match(text.Trim());
        if (!match.Success)
        {
            error = "expected a date and time with a zone, like 2022-02-26 12:00 +03:00 or 2022-02-26T12:00:00Z";
            return false;
        }

        var local = match.Groups["date"].Value + "T" + match.Groups["time"].Value;
        if (!DateTime.TryParseExact(local, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            error = "the date or the time does not exist";
            return false;
        }

        var zone = match.Groups["zone"].Value;
        if (zone.Length == 0)
        {
            error = "it has no time zone; add an offset (+03:00, Z) or an IANA zone name (Africa/Nairobi)";
            return false;
        }

        if (zone is "Z" or "z" or "UTC" or "GMT")
        {
            instant = new DateTimeOffset(dateTime, TimeSpan.Zero);
        }
        else if (zone[0] is '+' or '-')
        {
            var sign = zone[0] == '-' ? -1 : 1;
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                error = $"the offset {zone} is out of range";
                return false;
            }

            instant = new DateTimeOffset(dateTime, sign * new TimeSpan(hours, minutes, 0));
        }
        else if (TimeZones.TryFind(zone, out var ianaZone))
        {
            instant = InZone(dateTime, ianaZone);
        }
        else
        {
            error = $"'{zone}' is neither a UTC offset nor an IANA time zone";
            return false;
        }

        error = "";
        return true;
    }

    /// <summary>Writes an instant for a post-mortem's front matter: ISO 8601 with its offset (<c>2022-02-26T12:00:00+03:00</c>).</summary>
    public static string FormatIso(DateTimeOffset instant) =>
        instant.ToString(instant.Millisecond != 0 || instant.Microsecond != 0 ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Writes an instant for reading in a timeline: <c>2022-02-26 12:00 +03:00</c>, with seconds only when they are not zero.</summary>
    public static string FormatReadable(DateTimeOffset instant)
    {
        var time = instant.Millisecond != 0 || instant.Microsecond != 0
            ? "HH:mm:ss.FFFFFFF"
            : instant.Second != 0 ? "HH:mm:ss" : "HH:mm";
        return instant.ToString("yyyy-MM-dd " + time + " zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes an instant for a reader in the post-mortem's own zone, always naming it:
    /// <c>2022-02-26 12:00 +03:00 (Africa/Nairobi)</c>. Without a known zone the instant keeps its own offset.
    /// </summary>
    public static string FormatInZone(DateTimeOffset instant, string? ianaZone)
    {
        if (ianaZone is null || !TimeZones.TryFind(ianaZone, out var zone))
        {
            return FormatReadable(instant);
        }

        return $"{FormatReadable(TimeZoneInfo.ConvertTime(instant, zone))} ({ianaZone})";
    }

    /// <summary>The instant at local <paramref name="dateTime"/> in <paramref name="zone"/>; in a gap or an overlap the earlier offset wins.</summary>
    public static DateTimeOffset InZone(DateTime dateTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ](?<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)\s*(?<zone>Z|z|[+-]\d{2}(?::?\d{2})?|UTC|GMT|[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
