using System.Globalization;
using System.Text;

namespace Hindsight.Format;

/// <summary>Writes durations the way people say them in a report: <c>1 d 10 h</c>, <c>45 min</c>, <c>0 min</c>.</summary>
public static class DurationText
{
    /// <summary>Formats <paramref name="duration"/> in days, hours and minutes, leaving out the parts that are zero; negative durations keep their sign.</summary>
    public static string Format(TimeSpan duration)
    {
        var sign = duration < TimeSpan.Zero ? "-" : "";
        duration = duration.Duration();
        var text = new StringBuilder();
        Append(text, (int)duration.TotalDays, "d");
        Append(text, duration.Hours, "h");
        Append(text, duration.Minutes, "min");
        if (text.Length == 0)
        {
            text.Append(duration.Seconds > 0 ? string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds} s") : "0 min");
        }

        return sign + text;
    }

    private static void Append(StringBuilder text, int amount, string unit)
    {
        if (amount == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
    }
}
