using System.Globalization;

namespace LoghubTimestamps;

/// <summary>
/// The time a ground-truth row says its line has. Which columns hold it is evaluation knowledge, chosen from the
/// header (never from the system's name): epoch columns compare as instants, wall-clock columns as local times,
/// ignoring the year when the log writes none.
/// </summary>
internal sealed record ExpectedTime(DateTime? WallClock, bool HasYear, long? EpochSeconds)
{
    private static readonly string[] DateTimeLayouts =
    [
        "MM-dd HH:mm:ss.fff", "yyMMdd HHmmss", "yyyy-MM-dd HH:mm:ss,fff", "yy/MM/dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.fff",
    ];

    /// <summary>A function that reads the expected time of a row, for the given header; null when the header has no time.</summary>
    public static Func<string[], ExpectedTime?>? ForHeader(string[] header)
    {
        int Column(string name) => Array.IndexOf(header, name);
        var time = Column("Time");
        var date = Column("Date");
        if (Column("Label") >= 0 && Column("Timestamp") >= 0 && time >= 0)
        {
            // RAS logs: the wall-clock column, to the microsecond.
            return row => Parse(row[time], "yyyy-MM-dd-HH.mm.ss.ffffff", hasYear: true);
        }

        if (Column("LogId") >= 0 && time >= 0)
        {
            return row => long.TryParse(row[time], CultureInfo.InvariantCulture, out var epoch) ? new ExpectedTime(null, true, epoch) : null;
        }

        if (Column("Month") >= 0 && date >= 0 && time >= 0)
        {
            var month = Column("Month");
            return row => Parse($"{row[month]} {row[date]} {row[time]}", "MMM d HH:mm:ss", hasYear: false);
        }

        if (Column("Day") >= 0 && date >= 0 && time >= 0)
        {
            var day = Column("Day");
            return row => Parse($"{row[date]} {row[day]} {row[time]}", "MMM d HH:mm:ss", hasYear: false);
        }

        if (date >= 0 && time >= 0)
        {
            return row =>
            {
                // Some exports lost the leading zero of numeric dates ("81109" for "081109").
                var dateText = row[date].Length == 5 && row[date].All(char.IsAsciiDigit) ? "0" + row[date] : row[date];
                var timeText = dateText.Length == 6 && dateText.All(char.IsAsciiDigit) && row[time].All(char.IsAsciiDigit) ? row[time].PadLeft(6, '0') : row[time];
                var text = $"{dateText} {timeText}";
                foreach (var layout in DateTimeLayouts)
                {
                    if (DateTime.TryParseExact(text, layout, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                    {
                        return new ExpectedTime(value, layout.Contains("yy", StringComparison.Ordinal), null);
                    }
                }

                return null;
            };
        }

        if (time >= 0)
        {
            return row => Parse(row[time], "ddd MMM dd HH:mm:ss yyyy", hasYear: true);
        }

        return null;
    }

    /// <summary>Whether <paramref name="actual"/> is this time.</summary>
    public bool Matches(DateTimeOffset? actual)
    {
        if (actual is not { } value)
        {
            return false;
        }

        if (EpochSeconds is { } epoch)
        {
            return value.ToUnixTimeSeconds() == epoch;
        }

        var wall = value.DateTime;
        var expected = WallClock!.Value;
        return HasYear ? wall == expected : wall.AddYears(expected.Year - wall.Year) == expected;
    }

    private static ExpectedTime? Parse(string text, string layout, bool hasYear) =>
        DateTime.TryParseExact(text, layout, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var value)
            ? new ExpectedTime(value, hasYear, null)
            : null;
}
