using System.Globalization;
using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>Finds where free Markdown states how long the outage lasted.</summary>
internal static partial class DurationReader
{
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["forty-five"] = 45,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["ninety"] = 90,
        ["half an"] = 0.5,
    };

    public static StatedDuration Read(LintDocument document) => document.Derived(nameof(DurationReader), Compute);

    private static StatedDuration Compute(LintDocument document)
    {
        TimeSpan? length = null;
        var lengthPosition = TextPosition.Document;
        string? lengthText = null;
        TimeMention? start = null;
        TimeMention? end = null;
        var dayDifference = 0;
        var times = document.Temporal.Times;
        var timesByLine = times.GroupBy(time => time.Line).ToDictionary(group => group.Key, group => group.ToList());
        for (var line = document.FrontMatterEndLine + 1; line <= document.ProseLines.Count; line++)
        {
            var prose = document.Prose(line);
            var kind = document.Outline.KindOf(line);
            var inDurationContext = kind is SectionKind.Duration || DurationContext().IsMatch(prose);
            var aboutTheOutage = kind is not (SectionKind.Timeline or SectionKind.ActionItems or SectionKind.RootCause or SectionKind.ContributingFactors or SectionKind.Lessons);
            if (length is null && inDurationContext && aboutTheOutage)
            {
                var match = Length().Match(prose);
                if (match.Success)
                {
                    length = ToTimeSpan(match);
                    lengthPosition = new TextPosition(line, match.Index + 1);
                    lengthText = match.Value.Trim();
                }
            }

            if (start is null && kind != SectionKind.Timeline)
            {
                var onLine = timesByLine.GetValueOrDefault(line) ?? [];
                if (onLine.Count >= 2 && (kind is SectionKind.Duration || RangeWords().IsMatch(prose)))
                {
                    (start, end) = (onLine[0], onLine[1]);
                    dayDifference = DayDifference(document, line, line);
                }
                else if (onLine.Count >= 1 && StartLabel().IsMatch(prose))
                {
                    start = onLine[0];
                }
            }
            else if (start is not null && end is null && EndLabel().IsMatch(prose))
            {
                end = timesByLine.GetValueOrDefault(line)?[0];
                if (end is not null)
                {
                    dayDifference = DayDifference(document, start.Line, line);
                }
            }
        }

        return new StatedDuration(length, lengthPosition, lengthText, start, end, dayDifference);
    }

    private static int DayDifference(LintDocument document, int startLine, int endLine)
    {
        var dates = document.Temporal.Dates;
        var startDate = dates.FirstOrDefault(date => date.Line == startLine);
        var endDate = dates.LastOrDefault(date => date.Line == endLine);
        if (startDate is { Month: { } m1, Day: { } d1 } && endDate is { Month: { } m2, Day: { } d2 } && !ReferenceEquals(startDate, endDate))
        {
            var year = startDate.Year ?? endDate.Year ?? 2001;
            var first = new DateOnly(year, m1, Math.Min(d1, DateTime.DaysInMonth(year, m1)));
            var second = new DateOnly(endDate.Year ?? year, m2, Math.Min(d2, DateTime.DaysInMonth(endDate.Year ?? year, m2)));
            return second.DayNumber - first.DayNumber;
        }

        return 0;
    }

    private static TimeSpan ToTimeSpan(Match match)
    {
        var total = Amount(match.Groups["n"].Value) * UnitMinutes(match.Groups["unit"].Value);
        if (match.Groups["n2"].Success)
        {
            total += Amount(match.Groups["n2"].Value) * UnitMinutes(match.Groups["unit2"].Value);
        }

        return TimeSpan.FromMinutes(total);
    }

    private static double Amount(string text) =>
        NumberWords.TryGetValue(text, out var word) ? word : double.Parse(text, CultureInfo.InvariantCulture);

    private static double UnitMinutes(string unit) => char.ToLowerInvariant(unit[0]) switch
    {
        'd' => 1440,
        'h' => 60,
        's' => 1.0 / 60,
        _ => 1,
    };

    [GeneratedRegex(@"(?:(?<![\d:.])(?<n>\d+(?:\.\d+)?)\s*|\b(?<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety|half an|an?)\s+)(?<unit>days?|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?)\b(?:,?\s*(?:and\s+)?(?<n2>\d+)\s*(?<unit2>minutes?|mins?|m)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();

    [GeneratedRegex(@"\b(?:lasted|lasting|duration|down for|outage of|downtime|went down for|unavailable for|for (?:about|approximately|around|roughly|nearly|almost|over|~)?\s*(?:\d|one|two|three|four|five|six|ten|half)|time to (?:recover|recovery|resolve|resolution|mitigate|mitigation|repair|restore))", RegexOptions.IgnoreCase)]
    private static partial Regex DurationContext();

    [GeneratedRegex(@"\b(?:from|between|starting|started|start|began)\b.*\b(?:to|until|till|and|ending|ended|end)\b|\d\s*(?:[-–—~]|to)\s*(?:\w+\s+)?\d|\b(?:until|till|through)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeWords();

    [GeneratedRegex(@"^[\s*_\-•]*(?:start(?:ed)?(?:\s+time)?|began|outage (?:start|began))\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartLabel();

    [GeneratedRegex(@"^[\s*_\-•]*(?:end(?:ed)?(?:\s+time)?|resolved|outage end(?:ed)?)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndLabel();
}
