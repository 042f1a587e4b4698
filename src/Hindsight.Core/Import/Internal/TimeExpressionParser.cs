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
    private const string NumericDate = @"\b(?<n1>[0-3]?\d)/(?<n2>[0-3]?\d)/(?<year>(?:19|20)\d\d|\d\d)(?!\d)";
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
        @"(?:(?-i:(?<zone>UTC|GMT|EAT|CAT|WAT|SAST|PST|PDT|PT|MST|MDT|MT|CST|CDT|CT|EST|EDT|ET|AKST|AKDT|HST|CET|CEST|EET|EEST|WET|WEST|BST|IST|JST|KST|SGT|HKT|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|BRT|ART|WIB|PKT))|(?<zone>utc|gmt|Utc|Gmt))(?<offset>\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?)?(?![A-Za-z])";
    private const string ZoneLongName =
        @"(?<zonelong>(?:(?:east|central|west|south)\s+african?|eastern|central|mountain|pacific|atlantic|alaska|hawaii|greenwich\s+mean|coordinated\s+universal|universal|central\s+european|eastern\s+european|western\s+european|british|india|indian|japan|china|singapore|australian\s+eastern|moscow)(?:\s+(?:standard|daylight|summer))?\s+time)(?:\s*\(\s*(?-i:(?<zone>[A-Z]{2,5}))\s*\))?";
    private const string Zone = @"(?:\(\s*(?:" + ZoneAbbreviation + "|" + ZoneLongName + @")\s*\)|" + ZoneAbbreviation + "|" + ZoneLongName + ")";
    private const string ClockWithZone = Clock + @"(?:\s*" + Zone + ")?";

    private const string DateFirst = "(?:" + Weekday + @",?\s+)?" + Date + @"(?:,?\s+(?:at\s+|@\s*)?|T)" + ClockWithZone;
    private const string TimeFirst = "(?:" + Weekday + @",?\s+)?" + ClockWithZone + @"(?:,?\s+(?:" + Weekday + @",?\s+)?" + Date + ")?(?:\\s+" + Zone + ")?";
    private const string Stamp = "(?:" + DateFirst + "|" + TimeFirst + ")";
    private const string DateOnly = "(?:" + Weekday + @",?\s+)?" + Date;
    private const string RangeJoin = @"\G\s*(?:-|\u2013|\u2014|~|to|until|till)\s*";

    /// <summary>Reads a time expression that starts exactly at <paramref name="index"/>.</summary>
    public static TimeExpression? MatchAt(string text, int index)
    {
        if (index < 0 || index >= text.Length)
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
                return expression with { Text = text[index..rangeEnd.End], RangeEnd = rangeEnd };
            }
        }

        return expression;
    }

    /// <summary>Reads a date (without a clock time) that starts exactly at <paramref name="index"/>.</summary>
    public static TimeExpression? MatchDateAt(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return null;
        }

        var match = AnchoredDate().Match(text, index);
        return match.Success ? Build(match) : null;
    }

    /// <summary>Every time expression in running text, in order; weak forms ("1.13") are left out.</summary>
    public static IEnumerable<TimeExpression> FindAll(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var match = FreeStamp().Match(text, start);
            if (!match.Success)
            {
                yield break;
            }

            var expression = Build(match);
            if (expression is { HasStrongClock: true })
            {
                yield return expression;
                start = match.Index + Math.Max(1, match.Length);
            }
            else
            {
                start = match.Index + 1;
            }
        }
    }

    /// <summary>Every date (with or without a clock) in running text, in order.</summary>
    public static IEnumerable<TimeExpression> FindDates(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var match = FreeDate().Match(text, start);
            if (!match.Success)
            {
                yield break;
            }

            if (Build(match) is { } expression)
            {
                yield return expression;
            }

            start = match.Index + Math.Max(1, match.Length);
        }
    }

    /// <summary>The first zone named anywhere in <paramref name="text"/> ("all times in CET", "(all times UTC)").</summary>
    public static ZoneMention? FindZone(string text)
    {
        var match = FreeZone().Match(text);
        return match.Success ? ZoneOf(match) : null;
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

    [GeneratedRegex(@"\G" + Stamp, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnchoredStamp();

    [GeneratedRegex(@"\G" + DateOnly, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnchoredDate();

    [GeneratedRegex(@"(?<![\w:./\-])" + Stamp, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FreeStamp();

    [GeneratedRegex(@"(?<![\w:./\-])(?:" + DateFirst + "|" + DateOnly + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FreeDate();

    [GeneratedRegex(@"(?<![\w])" + Zone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FreeZone();

    [GeneratedRegex(RangeJoin + "(?=" + Clock + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RangeJoinPattern();
}
