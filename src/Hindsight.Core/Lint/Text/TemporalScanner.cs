using System.Globalization;
using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>Finds the clock times, dates and time zones written in a document's prose, with their positions.</summary>
internal static partial class TemporalScanner
{
    private static readonly string AbbreviationAlternatives = string.Join('|', ZoneNames.Abbreviations.Keys.OrderByDescending(key => key.Length));
    private static readonly string SpokenAlternatives = string.Join('|', ZoneNames.SpokenNames.Keys.OrderByDescending(key => key.Length).Select(Regex.Escape));

    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex ZoneAfterTime = new(
        @"\G[\s(]*(?<zone>UTC(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?(?![A-Za-z])|GMT(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?(?![A-Za-z])|Z(?![\w])|[+\-−]\d{2}:?\d{2}\b|[A-Z][a-z]+/[A-Z][A-Za-z_]+|(?:" + AbbreviationAlternatives + @")(?![\w])|(?:" + SpokenAlternatives + @")(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime\b)",
        RegexOptions.CultureInvariant);

    private static readonly Regex ZoneBeforeTime = new(@"(?<![A-Za-z])(?<zone>UTC|GMT)[\s(]{1,2}\z", RegexOptions.CultureInvariant);

    private static readonly Regex SpokenZoneAnywhere = new(
        @"(?<zone>(?<![\w])(?:" + SpokenAlternatives + @")(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime\b)",
        RegexOptions.CultureInvariant);

    private static readonly Regex Declaration = new(
        @"\b(?:all\s+times?|times?\s+(?:are|is|shown|given|listed)(?:\s+(?:shown|given|listed))?|time\s*zone)\s*(?:are\s+)?(?:in\s+|:\s*)?(?<zone>UTC(?:\s?[+\-]\s?\d{1,2}(?::?\d{2})?)?|GMT|[A-Z][a-z]+/[A-Z][A-Za-z_]+|(?:" + AbbreviationAlternatives + @")(?![\w])|(?:" + SpokenAlternatives + @")(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Scans every prose line; <paramref name="proseLines"/> are the masked lines (code and URLs blanked).</summary>
    public static TemporalFacts Scan(IReadOnlyList<string> proseLines)
    {
        var times = new List<TimeMention>();
        var dates = new List<DateMention>();
        var zones = new List<ZoneMention>();
        ZoneMention? declared = null;
        for (var index = 0; index < proseLines.Count; index++)
        {
            var line = proseLines[index];
            var number = index + 1;
            if (line.Length == 0)
            {
                continue;
            }

            // Times and dates need a digit; zone names and declarations need the word "time" or an abbreviation after a time.
            var hasDigit = line.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            var mentionsTime = line.Contains("ime", StringComparison.OrdinalIgnoreCase);
            if (!hasDigit && !mentionsTime)
            {
                continue;
            }

            var datesOnLine = hasDigit && CouldHoldDate(line) ? ScanDates(line, number) : [];
            dates.AddRange(datesOnLine);
            foreach (Match match in hasDigit ? Time().Matches(line) : Enumerable.Empty<Match>())
            {
                if (datesOnLine.Any(date => Overlaps(date.Column - 1, date.Text.Length, match.Index, match.Length)))
                {
                    continue;
                }

                var zoneMatch = ZoneAfterTime.Match(line, match.Index + match.Length);
                if (!zoneMatch.Success && match.Index >= 4)
                {
                    // "UTC 05:13": the zone written before the time.
                    zoneMatch = ZoneBeforeTime.Match(line[Math.Max(0, match.Index - 6)..match.Index]);
                }

                ZoneMention? zone = zoneMatch.Success ? ToZone(zoneMatch.Groups["zone"], number) : null;
                if (zone is not null)
                {
                    zones.Add(zone);
                }

                times.Add(new TimeMention(number, match.Index + 1, match.Value.Trim(), MinuteOfDay(match), zone));
            }

            foreach (Match spoken in mentionsTime ? SpokenZoneAnywhere.Matches(line) : Enumerable.Empty<Match>())
            {
                var zone = ToZone(spoken.Groups["zone"], number);
                if (!zones.Any(existing => existing.Line == number && existing.Column == zone.Column))
                {
                    zones.Add(zone);
                }
            }

            var declaration = declared is null && mentionsTime ? Declaration.Match(line) : Match.Empty;
            if (declaration.Success)
            {
                declared = ToZone(declaration.Groups["zone"], number);
                zones.Add(declared);
            }
        }

        return new TemporalFacts(times, dates, zones, declared);
    }

    private static bool Overlaps(int start, int length, int otherStart, int otherLength) =>
        start < otherStart + otherLength && otherStart < start + length;

    private static ZoneMention ToZone(Group group, int line)
    {
        var text = group.Value.Trim();
        var formal = text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || text.StartsWith("GMT", StringComparison.OrdinalIgnoreCase)
            || text == "Z" || text[0] is '+' or '-' or '−' || text.Contains('/', StringComparison.Ordinal)
            || text.StartsWith("Coordinated Universal", StringComparison.OrdinalIgnoreCase);
        string? iana = null;
        if (ZoneNames.Abbreviations.TryGetValue(text.ToUpperInvariant(), out var fromAbbreviation))
        {
            iana = fromAbbreviation;
        }
        else
        {
            var spoken = SpokenPrefix().Match(text);
            if (spoken.Success && ZoneNames.SpokenNames.TryGetValue(spoken.Groups["name"].Value, out var fromName))
            {
                iana = fromName;
            }
        }

        return new ZoneMention(line, group.Index + 1, text, formal, iana);
    }

    private static int MinuteOfDay(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ap"].Value.ToUpperInvariant();
        if (meridiem.StartsWith('P') && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem.StartsWith('A') && hour == 12)
        {
            hour = 0;
        }

        return (hour * 60) + minute;
    }

    /// <summary>
    /// Whether <see cref="Date"/> can match anywhere in the line: each of its forms holds a month's name or two digits
    /// with a '-', '/' or '.' between them. Most lines with a digit hold only a time, and the case-insensitive date
    /// pattern was the largest part of the scan, tried at every word of them.
    /// </summary>
    private static bool CouldHoldDate(string line)
    {
        var span = line.AsSpan();
        if (span.ContainsAny(MonthStarts))
        {
            return true;
        }

        for (var index = 1; index + 1 < span.Length; index++)
        {
            if (span[index] is '-' or '/' or '.' && char.IsAsciiDigit(span[index - 1]) && char.IsAsciiDigit(span[index + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<DateMention> ScanDates(string line, int number)
    {
        var found = new List<DateMention>();
        foreach (Match match in Date().Matches(line))
        {
            var monthText = match.Groups["mon"].Value;
            if (monthText.Length > 0 && char.IsLower(monthText[0]) && monthText is "may" or "march" or "june" or "july")
            {
                continue;
            }

            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)
                : match.Groups["yy"].Success ? 2000 + int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture) : null;
            int? month = monthText.Length > 0 ? MonthNumber(monthText) : match.Groups["mo"].Success ? int.Parse(match.Groups["mo"].Value, CultureInfo.InvariantCulture) : null;
            int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (match.Groups["a"].Success)
            {
                // dd/mm/yyyy or mm/dd/yyyy: certain only when one part cannot be a month.
                var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
                var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
                (month, day) = first > 12 ? (second, first) : second > 12 ? (first, second) : ((int?)null, (int?)null);
            }

            DayOfWeek? weekday = match.Groups["wd"].Success
                ? Enum.Parse<DayOfWeek>(match.Groups["wd"].Value, ignoreCase: true)
                : null;
            if (day is < 1 or > 31)
            {
                continue;
            }

            found.Add(new DateMention(number, match.Index + 1, match.Value, year, month, day, weekday));
        }

        return found;
    }

    private static int MonthNumber(string text) =>
        DateTime.ParseExact(text[..3], "MMM", CultureInfo.InvariantCulture, DateTimeStyles.None).Month;

    // Times: 14:02, 10:45 AM, 4: 45 am, 15.25 PST, 7 pm, 1200 hours, 3:AM.
    [GeneratedRegex(@"(?<![\w:./\-+\u2212])(?:(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?::[0-5]\d)?(?:\s*(?<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?|(?<h>[01]?\d|2[0-3]):\s(?<m>[0-5]\d)\s*(?<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z])|(?<h>[01]?\d|2[0-3])\.(?<m>[0-5]\d)(?=\s*(?:[AaPp]\.?[Mm]\b|UTC\b|GMT\b|[A-Z]{2,3}T\b))(?:\s*(?<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?|(?<h>1[0-2]|0?[1-9])\s?(?<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z])|(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s+hours\b|(?<h>1[0-2]|0?[1-9]):(?<ap>[AaPp][Mm])\b)(?!\d|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<![\w])(?:(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?:,?\s+(?<y>(?:19|20)\d\d)(?!\s*hours)\b)?|(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?<y>(?:19|20)\d\d)(?!\s*hours)\b)?|(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?<y>(?:19|20)\d\d)-(?<mo>[01]\d)-(?<d>[0-3]\d)\b|(?<a>[0-3]?\d)(?<sep>[/.\-])(?<b>[0-3]?\d)\k<sep>(?<y>(?:19|20)\d\d)\b|(?<mo>1[0-2]|0?[1-9])[-/](?<d>[0-3]?\d)[-/](?<yy>\d\d)(?![\d/\-]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"^(?<name>.+?)(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime$", RegexOptions.None)]
    private static partial Regex SpokenPrefix();

}
