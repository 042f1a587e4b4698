using System.Globalization;

namespace Hindsight.Rendering;

/// <summary>Writes durations the way people read them: <c>1 d 10 h</c>, <c>2 h 5 min</c>, <c>45 s</c>.</summary>
internal static class DurationText
{
    public static string? Of(TimeSpan? duration) => duration is { } value ? Of(value) : null;

    public static string Of(TimeSpan duration)
    {
        // A negative duration means the instants contradict each other; show it rather than hide it.
        var sign = duration < TimeSpan.Zero ? "-" : "";
        var magnitude = duration.Duration();
        if (magnitude < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude.Seconds} s");
        }

        var parts = new List<string>(3);
        if (magnitude.Days > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{magnitude.Days} d"));
        }

        if (magnitude.Hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{magnitude.Hours} h"));
        }

        // Minutes below a day only: "3 d 4 h 7 min" says more than a reader needs.
        if (magnitude.Minutes > 0 && magnitude.Days == 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{magnitude.Minutes} min"));
        }

        return sign + string.Join(' ', parts);
    }
}
