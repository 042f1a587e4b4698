using System.Globalization;
using System.Text.RegularExpressions;

namespace Hindsight.Import.Internal;

/// <summary>
/// Reads what the summary states about the outage: its length ("1 hour and 45 minutes"), its start and end
/// ("from 11:00 AM to 1:00 PM (WAT)", "Start Time: ..."), and the figures that quantify the impact.
/// </summary>
internal static partial class StatementReader
{
    public sealed record Statement(StatedDuration Duration, TimeExpression? Start, TimeExpression? End, TimeExpression? Date, ZoneMention? Zone, List<ImpactFigure> Figures);

    public static Statement Read(IEnumerable<(SourceLine Line, bool DurationContext)> lines)
    {
        string? lengthText = null;
        var lengthLine = 0;
        TimeSpan? length = null;
        (TimeExpression Stamp, int Line)? start = null;
        (TimeExpression Stamp, int Line)? end = null;
        TimeExpression? date = null;
        ZoneMention? zone = null;
        var figures = new List<ImpactFigure>();
        foreach (var (line, durationContext) in lines)
        {
            if (line.IsBlank || line.Kind is LineKind.Code or LineKind.Decoration)
            {
                continue;
            }

            var content = line.Content;
            var label = Label.Parse(content);
            var field = label is null ? null : SectionVocabulary.FieldOf(label.Text);
            var labelled = label is not null && SectionVocabulary.Classify(label.Text, strict: true) == ImportedSectionKind.Duration;
            var hasDigit = content.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            var clocks = hasDigit ? TimeExpressionParser.FindAll(content).Where(found => found.HasClock).ToList() : [];

            if (hasDigit)
            {
                date ??= TimeExpressionParser.FindDates(content).FirstOrDefault(found => found.Month is not null && found.Day is not null);
            }

            zone ??= TimeExpressionParser.FindZone(TextCleaner.Plain(content));

            if (field == "start" && start is null && clocks.Count > 0)
            {
                start = (clocks[0], line.Number);
            }
            else if (field == "end" && end is null && clocks.Count > 0)
            {
                end = (clocks[0], line.Number);
            }
            else if (start is null && end is null)
            {
                for (var index = 0; index + 1 < clocks.Count; index++)
                {
                    var between = content[clocks[index].End..clocks[index + 1].Index];
                    if (RangeCue().IsMatch(between))
                    {
                        start = (clocks[index], line.Number);
                        end = (clocks[index + 1], line.Number);
                        break;
                    }
                }
            }

            if (lengthText is null && (hasDigit || MentionsUnit(content)) && LengthPhrase().Match(content) is { Success: true } phrase
                && (durationContext || labelled || field == "length" || DurationCue().IsMatch(content))
                && !NotALength().IsMatch(content[(phrase.Index + phrase.Length)..]))
            {
                lengthText = phrase.Value.Trim();
                lengthLine = line.Number;
                length = ParseLength(lengthText);
            }

            if (hasDigit)
            {
                figures.AddRange(Figures(content, line.Number));
            }
        }

        var duration = new StatedDuration(lengthText, lengthLine, length, start?.Stamp.Text, start?.Line ?? 0, end?.Stamp.Text, end?.Line ?? 0);
        return new Statement(duration, start?.Stamp, end?.Stamp, date, zone, figures);
    }

    private static bool MentionsUnit(string content) =>
        content.Contains("hour", StringComparison.OrdinalIgnoreCase) || content.Contains("minute", StringComparison.OrdinalIgnoreCase)
        || content.Contains(" day", StringComparison.OrdinalIgnoreCase) || content.Contains("week", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ImpactFigure> Figures(string content, int line)
    {
        foreach (Match match in Percentage().Matches(content))
        {
            if (IsSetting(content, match.Index))
            {
                continue;
            }

            if (double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
            {
                // "about __3.6%__ of users": the emphasis is the author's, the figure is the words.
                yield return new ImpactFigure(match.Value.Replace("*", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim(), line, ImpactFigureKind.Percent, value);
            }
        }

        foreach (Match match in Count().Matches(content))
        {
            if (IsSetting(content, match.Index))
            {
                continue;
            }

            var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            value *= char.ToUpperInvariant(match.Groups["multiplier"].Value.FirstOrDefault()) switch
            {
                'K' or 'T' => 1e3,
                'M' => 1e6,
                'B' => 1e9,
                _ => 1,
            };
            var noun = match.Groups["noun"].Value.ToLowerInvariant();
            var kind = noun.StartsWith("request", StringComparison.Ordinal) || noun.StartsWith("quer", StringComparison.Ordinal) || noun.StartsWith("transaction", StringComparison.Ordinal) || noun == "calls"
                ? ImpactFigureKind.Requests
                : noun.StartsWith("server", StringComparison.Ordinal) || noun.StartsWith("host", StringComparison.Ordinal) || noun.Contains("site", StringComparison.Ordinal) || noun.StartsWith("order", StringComparison.Ordinal) || noun.Contains("inquir", StringComparison.Ordinal) || noun.StartsWith("ticket", StringComparison.Ordinal)
                    ? ImpactFigureKind.Other
                    : ImpactFigureKind.Users;
            if (kind == ImpactFigureKind.Requests && (match.Value.Contains("concurrent", StringComparison.OrdinalIgnoreCase) || OutOf().IsMatch(content[..match.Index])))
            {
                // "with 100 concurrent requests" is the load and "out of 2000 requests" the total, not the requests that failed.
                kind = ImpactFigureKind.Other;
            }

            yield return new ImpactFigure(match.Value.Trim(), line, kind, value);
        }
    }

    /// <summary>
    /// Whether the number at <paramref name="index"/> is a threshold or a setting ("an alert when errors exceed 5%",
    /// "a limit of 100 concurrent requests"), which says how the system was configured, not how many were harmed.
    /// </summary>
    private static bool IsSetting(string content, int index)
    {
        var before = content[Math.Max(0, index - 40)..index];
        return SettingCue().IsMatch(before);
    }

    private static TimeSpan? ParseLength(string text)
    {
        var total = TimeSpan.Zero;
        var any = false;
        foreach (Match part in LengthPart().Matches(text))
        {
            var amount = NumberWord(part.Groups["amount"].Value);
            if (amount is null)
            {
                continue;
            }

            var unit = part.Groups["unit"].Value.ToLowerInvariant();
            total += unit[0] switch
            {
                'h' => TimeSpan.FromHours(amount.Value),
                'm' => TimeSpan.FromMinutes(amount.Value),
                's' => TimeSpan.FromSeconds(amount.Value),
                'd' => TimeSpan.FromDays(amount.Value),
                'w' => TimeSpan.FromDays(7 * amount.Value),
                _ => TimeSpan.Zero,
            };
            any = true;
        }

        return any ? total : null;
    }

    private static double? NumberWord(string word)
    {
        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return word.ToLowerInvariant().Replace('-', ' ') switch
        {
            "a" or "an" or "one" => 1,
            "half an" or "half a" => 0.5,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "fifteen" => 15,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "forty five" => 45,
            "fifty" => 50,
            "sixty" => 60,
            "ninety" => 90,
            _ => null,
        };
    }

    private const string Amount = @"(?:\d+(?:\.\d+)?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-five)?|fifty|sixty|ninety)";
    private const string Unit = @"(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)\b";

    [GeneratedRegex(@"(?<![\w.:])" + Amount + @"\s?-?\s?" + Unit + @"(?:,?\s+(?:and\s+)?" + Amount + @"\s?" + Unit + ")?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthPhrase();

    [GeneratedRegex(@"(?<amount>\d+(?:\.\d+)?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-five)?|fifty|sixty|ninety)\s?-?\s?(?<unit>hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthPart();

    [GeneratedRegex(@"\b(?:lasted|last(?:ing|s)?|for|duration|down|downtime|outage|unavailable|disrupt\w*|interrupt\w*|recover\w*|total|took)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationCue();

    [GeneratedRegex(@"^\s*(?:later|ago|before|after|earlier|timeout|of (?:the|each|every))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotALength();

    [GeneratedRegex(@"^[\s*_)\],(]*(?:-|\u2013|\u2014|~|to|until|till|through|and|(?:-\s*)?end(?:ing|ed)?\s+(?:time|date)\s*:|and end(?:ing|ed)? at|end(?:ing|ed)? at|and (?:was |were |it was )?(?:resolved|restored|fixed|mitigated|recovered|ended)(?: at| by| on)?)[\s*_(,]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeCue();

    [GeneratedRegex(@"\b(?:exceed(?:s|ed|ing)?|threshold(?:\s+of)?|limit(?:ed)?(?:\s+(?:of|to|at))?|max(?:imum)?(?:\s+of)?|capped\s+at|set\s+(?:to|at)|configured\s+(?:to|for|at)|allow(?:s|ed|ing)?(?:\s+up\s+to)?|(?:alert|page|trigger)(?:s|ed|ing)?\s+(?:at|when\s+\S+(?:\s+\S+)?\s+(?:exceeds?|reach(?:es)?|hits?|is\s+above|goes\s+above)|above))\s*(?:~|about|approximately)?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettingCue();

    [GeneratedRegex(@"\bout\s+of\s+(?:\*\*|__)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutOf();

    [GeneratedRegex(@"(?:(?:approximately|about|around|almost|nearly|over|more than|up to|roughly|~)\s+(?:[*_]{1,2})?)?(?<![\d.])(?<number>\d+(?:\.\d+)?)\s?(?:%|percent\b)(?:[*_]{1,2})?(?:\s+of\s+(?:the\s+|our\s+|all\s+|active\s+)*[\w-]+(?:\s+(?:base|users|customers))?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<![\w.,:/#-])(?<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<multiplier>[KMB](?![a-z])|thousand|million|billion)?\s+(?:(?:unique|active|affected|paying|total|failed|lost|of|our|the|distinct|concurrent|support|customer|end|web|api|http)\s+){0,2}(?<noun>users?|customers?|visitors?|accounts?|people|clients?|members?|subscribers?|requests?|queries|query|transactions?|calls|orders?|servers?|hosts?|sites?|websites?|inquiries|tickets|sessions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
