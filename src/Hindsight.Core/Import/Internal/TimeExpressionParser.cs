using System.Globalization;
using System.Text.RegularExpressions;

namespace Hindsight.Import.Internal;

/// <summary>
/// Recognises the times people write in post-mortems: "10:45 AM EAT", "Saturday 26th February 1200 hours (East
/// Africa Time)", "2023-03-01 14:02 UTC", "13:15 PST 29 april 2022", "14:02 - 14:30", "Day 2, 09:00", "3:AM".
/// </summary>
internal static partial class TimeExpressionParser
{
    private const string Weekday = @"(?<weekday>\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?)";
    private const string MonthName = @"\b(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<monthrest>[a-z]*)\b\.?";
    private const string DayNumber = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.]\d)\b";
    private const string Year = @"(?<year>(?:19|20)\d\d)(?![\d:])";
    private const string IsoDate = @"\b(?<year>(?:19|20)\d\d)[-/](?<monthnum>1[0-2]|0?[1-9])[-/](?<day>3[01]|[12]\d|0?[1-9])(?!\d)";
    private const string NumericDate = @"\b(?<n1>[0-3]?\d)(?<datesep>[/.\-])(?<n2>[0-3]?\d)\k<datesep>(?<year>(?:19|20)\d\d|\d\d)(?![\d:])";
    private const string DayMonth = DayNumber + @"(?:\s+of)?\s+" + MonthName + @"(?:,?\s+" + Year + ")?";
    private const string MonthDay = MonthName + @"\s+" + DayNumber + @"(?:,?\s+" + Year + ")?";
    private const string RelativeDay = @"\bday\s+(?<relday>\d{1,2})\b";
    private const string Date = "(?:" + IsoDate + "|" + NumericDate + "|" + DayMonth + "|" + MonthDay + "|" + RelativeDay + ")";

    private const string Military = @"(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d)\s?(?<hrs>hours|hrs|hr)\b";
    private const string Clock24 = @"(?<hour>[01]?\d|2[0-3])(?:(?<colon>\s?:\s?)|(?<dot>\.))(?<minute>[0-5]\d)(?::(?<second>[0-5]\d))?(?![\d])(?!\.\d)";
    private const string HourWithAmPm = @"(?<hour>1[0-2]|0?[1-9]):?(?=\s?[ap]\.?m\.?(?![a-z]))";
    private const string AmPm = @"(?:\s?(?<ampm>[ap])\.?m\.?(?![a-z]))";
    private const string Clock = "(?:" + Military + "|" + Clock24 + "|" + HourWithAmPm + ")" + AmPm + "?";

    private const string ZoneAbbreviation =
        @"(?:(?-i:(?<zone>UTC|GMT|EAT|CAT|WAT|SAST|PST|PDT|PT|MST|MDT|MT|CST|CDT|CT|EST|EDT|ET|AKST|AKDT|HST|CET|CEST|EET|EEST|WET|WEST|BST|IST|JST|KST|SGT|HKT|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|BRT|ART|WIB|PKT|GST|AST|ICT|PHT|MYT|NPT|IDT|TRT))|(?<zone>utc|gmt|Utc|Gmt))(?<offset>\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?)?(?![A-Za-z])";
    private const string ZoneLongName =
        @"(?<zonelong>(?:(?:east|central|west|south)\s+african?|eastern|central|mountain|pacific|atlantic|alaska|hawaii|greenwich\s+mean|coordinated\s+universal|universal|central\s+european|eastern\s+european|western\s+european|british|india|indian|japan|china|singapore|australian\s+eastern|moscow)(?:\s+(?:standard|daylight|summer))?\s+time)(?:\s*\(\s*(?-i:(?<zone>[A-Z]{2,5}))\s*\))?";
    private const string IsoOffset = @"(?:(?<=\d:\d\d(?::\d\d)?)(?-i:(?<zone>Z))(?![A-Za-z])|(?<=\d:\d\d:\d\d)(?<zone>)(?<offset>[+\-](?:0\d|1[0-4]):?[0-5]\d)(?!\d))";
    private const string Zone = @"(?:" + IsoOffset + @"|\(\s*(?:" + ZoneAbbreviation + "|" + ZoneLongName + @")\s*\)|" + ZoneAbbreviation + "|" + ZoneLongName + ")";
    private const string ClockWithZone = Clock + @"(?:\s*" + Zone + ")?";

    private const string DateFirst = "(?:" + Weekday + @",?\s+)?" + Date + @"(?:,?\s+(?:at\s+|@\s*)?|T|/(?=\d{1,2}:))" + ClockWithZone;
    private const string TimeFirst = "(?:" + Weekday + @",?\s+)?" + ClockWithZone + @"(?:,?\s+(?:" + Weekday + @",?\s+)?" + Date + ")?(?:\\s+" + Zone + ")?";
    private const string Stamp = "(?:" + DateFirst + "|" + TimeFirst + ")";
    private const string DateOnly = "(?:" + Weekday + @",?\s+)?" + Date;
    private const string RangeJoin = @"\G\s*(?:-|\u2013|\u2014|~|to|until|till)\s*";

    /// <summary>Reads a time expression that starts exactly at <paramref name="index"/>.</summary>
    public static TimeExpression? MatchAt(string text, int index)
    {
        if (index < 0 || index >= text.Length || !MayStartTime(text, index))
        {
            return null;
        }

        var match = AnchoredStamp().Match(text, index);
        var expression = match.Success ? Build(match) : null;
        if (expression is null)
        {
            return null;
        }

        var join = RangeJoinPattern().Match(text, expression.End);
        if (join.Success)
        {
            var end = AnchoredStamp().Match(text, join.Index + join.Length);
            if (end.Success && Build(end) is { } rangeEnd)
            {
                // "14:02 - 14:30 CST": the zone and date written once apply to both ends.
                return expression with
                {
                    Text = text[index..rangeEnd.End],
                    RangeEnd = rangeEnd,
                    Zone = expression.Zone ?? rangeEnd.Zone,
                    Year = expression.Year ?? rangeEnd.Year,
                };
            }
        }

        return expression;
    }

    /// <summary>Reads a date (without a clock time) that starts exactly at <paramref name="index"/>.</summary>
    public static TimeExpression? MatchDateAt(string text, int index)
    {
        if (index < 0 || index >= text.Length || !MayStartTime(text, index))
        {
            return null;
        }

        var match = AnchoredDate().Match(text, index);
        return match.Success ? Build(match) : null;
    }

    /// <summary>Every time expression in running text, in order; weak forms ("1.13") are left out.</summary>
    public static IEnumerable<TimeExpression> FindAll(string text)
    {
        var covered = 0;
        foreach (var start in CandidateStarts(text))
        {
            if (start < covered)
            {
                continue;
            }

            var match = MayStartTime(text, start) ? AnchoredStamp().Match(text, start) : System.Text.RegularExpressions.Match.Empty;
            if (match.Success && Build(match) is { HasStrongClock: true } expression)
            {
                covered = expression.End;
                yield return expression;
            }
        }
    }

    /// <summary>Every date (with or without a clock) in running text, in order.</summary>
    public static IEnumerable<TimeExpression> FindDates(string text)
    {
        var covered = 0;
        foreach (var start in CandidateStarts(text))
        {
            if (start < covered)
            {
                continue;
            }

            var match = MayStartTime(text, start) ? AnchoredDateOrStamp().Match(text, start) : System.Text.RegularExpressions.Match.Empty;
            if (match.Success && Build(match) is { HasDate: true } expression)
            {
                covered = expression.End;
                yield return expression;
            }
        }
    }

    /// <summary>The first zone named anywhere in <paramref name="text"/> ("all times in CET", "(all times UTC)").</summary>
    public static ZoneMention? FindZone(string text)
    {
        var longNamePossible = text.Contains("time", StringComparison.OrdinalIgnoreCase);
        for (var index = 0; index < text.Length; index++)
        {
            var wordStart = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            if (!wordStart || !MayStartZone(text, index, longNamePossible))
            {
                continue;
            }

            var match = AnchoredZone().Match(text, index);
            if (match.Success)
            {
                return ZoneOf(match);
            }
        }

        return null;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day",
    };

    private static readonly HashSet<string> ZoneNameStarts = new(StringComparer.Ordinal)
    {
        "eas", "cen", "wes", "sou", "mou", "pac", "atl", "ala", "haw", "gre", "coo", "uni", "bri", "ind", "jap", "chi", "sin", "aus", "mos",
    };

    /// <summary>A cheap test before the full pattern: a digit, or a word that can begin a date (weekday, month, "Day").</summary>
    private static bool MayStartTime(string text, int index)
    {
        var character = text[index];
        if (char.IsAsciiDigit(character))
        {
            return true;
        }

        return index + 3 <= text.Length && char.IsAsciiLetter(character) && TimeWords.Contains(Lower3(text, index));
    }

    private static bool MayStartZone(string text, int index, bool longNamePossible)
    {
        var character = text[index];
        if (character == '(')
        {
            return index + 1 < text.Length && (char.IsAsciiLetterUpper(text[index + 1]) || (longNamePossible && char.IsAsciiLetter(text[index + 1])));
        }

        if (index + 1 < text.Length && char.IsAsciiLetterUpper(character) && char.IsAsciiLetterUpper(text[index + 1]))
        {
            return true;
        }

        if (index + 3 > text.Length || !char.IsAsciiLetter(character))
        {
            return false;
        }

        var start = Lower3(text, index);
        return start is "utc" or "gmt" || (longNamePossible && ZoneNameStarts.Contains(start));
    }

    private static string Lower3(string text, int index) =>
        string.Create(3, (text, index), static (span, state) =>
        {
            for (var offset = 0; offset < 3; offset++)
            {
                span[offset] = char.ToLowerInvariant(state.text[state.index + offset]);
            }
        });

    /// <summary>
    /// Where a time or date may start: every run of digits, and the one or two words before it ("Saturday 26th",
    /// "March 2"). Trying the anchored pattern only there is far cheaper than letting the engine try every position.
    /// </summary>
    private static IEnumerable<int> CandidateStarts(string text)
    {
        var previousWordStarts = new int[2] { -1, -1 };
        var lastYielded = -1;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            var boundary = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            if (char.IsDigit(character) && boundary)
            {
                if (index > 0 && text[index - 1] is ':' or '.' or '/' or '-' && index > 1 && char.IsDigit(text[index - 2]))
                {
                    continue;
                }

                foreach (var wordStart in previousWordStarts.Where(start => start > lastYielded).Order())
                {
                    lastYielded = wordStart;
                    yield return wordStart;
                }

                if (index > lastYielded)
                {
                    lastYielded = index;
                    yield return index;
                }
            }
            else if (char.IsLetter(character) && boundary)
            {
                previousWordStarts[0] = previousWordStarts[1];
                previousWordStarts[1] = index;
            }
        }
    }

    private static TimeExpression? Build(Match match)
    {
        var groups = match.Groups;
        int? month = null;
        int? day = null;
        int? year = null;
        var ambiguous = false;
        if (groups["month"].Success)
        {
            month = MonthNumber(groups["month"].Value, groups["monthrest"].Value);
            if (month is null)
            {
                return null;
            }
        }
        else if (groups["monthnum"].Success)
        {
            month = Int(groups["monthnum"].Value);
        }
        else if (groups["n1"].Success)
        {
            var first = Int(groups["n1"].Value);
            var second = Int(groups["n2"].Value);
            if (first is < 1 or > 31 || second is < 1 or > 31 || (first > 12 && second > 12))
            {
                return null;
            }

            // Day first unless that is impossible; report the ambiguity when both readings are valid.
            (day, month) = first > 12 ? (first, second) : second > 12 ? (second, first) : (first, second);
            ambiguous = first <= 12 && second <= 12 && first != second;
        }

        if (groups["day"].Success)
        {
            day = Int(groups["day"].Value);
        }

        if (groups["year"].Success)
        {
            var value = Int(groups["year"].Value);
            year = value < 100 ? 2000 + value : value;
        }

        int? hour = null;
        int? minute = null;
        if (groups["hour"].Success)
        {
            hour = Int(groups["hour"].Value);
            minute = groups["minute"].Success ? Int(groups["minute"].Value) : 0;
            if (groups["ampm"].Success)
            {
                var afternoon = groups["ampm"].Value is "p" or "P";
                hour = (afternoon, hour) switch
                {
                    (true, < 12) => hour + 12,
                    (false, 12) => 0,
                    _ => hour,
                };
            }
        }

        var zone = ZoneOf(match);
        var strong = hour is not null && (groups["colon"].Success || groups["ampm"].Success || groups["hrs"].Success || zone is not null || month is not null);
        return new TimeExpression(match.Index, match.Value.TrimEnd())
        {
            Year = year,
            Month = month,
            Day = day,
            RelativeDay = groups["relday"].Success ? Int(groups["relday"].Value) : null,
            Weekday = groups["weekday"].Success ? WeekdayOf(groups["weekday"].Value) : null,
            Hour = hour,
            Minute = minute,
            Second = groups["second"].Success ? Int(groups["second"].Value) : 0,
            Zone = zone,
            AmbiguousDayMonth = ambiguous,
            DotSeparated = groups["dot"].Success,
            HasStrongClock = strong,
        };
    }

    private static ZoneMention? ZoneOf(Match match)
    {
        var groups = match.Groups;
        if (!groups["zone"].Success && !groups["zonelong"].Success)
        {
            return null;
        }

        var text = groups["zonelong"].Success ? groups["zonelong"].Value : groups["zone"].Value + groups["offset"].Value;
        return ZoneNames.Resolve(text, groups["zone"].Success ? groups["zone"].Captures[0].Value : null, groups["offset"].Success ? groups["offset"].Value : null, groups["zonelong"].Success ? groups["zonelong"].Value : null);
    }

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Accepts a month name, its abbreviation, or a misspelling that keeps the start ("Febraury"), but not other words ("market").</summary>
    private static int? MonthNumber(string start, string rest)
    {
        var lower = start.ToLowerInvariant();
        var index = Array.FindIndex(Months, name => name.StartsWith(lower, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var expectedRest = Months[index][lower.Length..];
        var restLower = rest.ToLowerInvariant();
        if (restLower.Length == 0 || expectedRest.StartsWith(restLower, StringComparison.Ordinal))
        {
            return index + 1;
        }

        var closeEnough = expectedRest.Length > 0 && restLower[0] == expectedRest[0] && Math.Abs(restLower.Length - expectedRest.Length) <= 2;
        return closeEnough ? index + 1 : null;
    }

    private static DayOfWeek? WeekdayOf(string text) => text[..3].ToLowerInvariant() switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        "sun" => DayOfWeek.Sunday,
        _ => null,
    };

    private static int Int(string digits) => int.Parse(digits.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\G" + Stamp, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredStamp();

    [GeneratedRegex(@"\G" + DateOnly, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredDate();

    [GeneratedRegex(@"\G(?:" + DateFirst + "|" + DateOnly + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredDateOrStamp();

    [GeneratedRegex(@"\G" + Zone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredZone();

    [GeneratedRegex(RangeJoin + "(?=" + Clock + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoinPattern();
}
