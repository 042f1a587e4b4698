using System.Globalization;

namespace Hindsight.Logs.Timeline;

/// <summary>Writes instants in the report's zone, always with the offset (a time is never shown without its zone).</summary>
public sealed class TimeText
{
    /// <summary>Writes times in <paramref name="zone"/>.</summary>
    public TimeText(TimeZoneInfo zone) => Zone = zone ?? throw new ArgumentNullException(nameof(zone));

    /// <summary>The zone times are shown in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary><c>2022-02-26 12:01:07 +03:00</c>.</summary>
    public string Full(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    /// <summary>The end of a span: <c>21:58 +03:00</c> on the same day as <paramref name="start"/>, else the full date.</summary>
    public string Until(DateTimeOffset start, DateTimeOffset end)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, Zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, Zone);
        return localStart.Date == localEnd.Date
            ? localEnd.ToString("HH:mm:ss zzz", CultureInfo.InvariantCulture)
            : localEnd.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
    }
}
