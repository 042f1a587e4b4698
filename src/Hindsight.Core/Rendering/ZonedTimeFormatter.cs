using System.Globalization;
using Hindsight.Format;

namespace Hindsight.Rendering;

/// <summary>
/// Shows instants in the post-mortem's IANA zone, always with the zone: a report never shows a time without it.
/// </summary>
/// <remarks>
/// Zone abbreviations such as "EAT" are not used: they are ambiguous and the runtime does not know them reliably; the
/// UTC offset plus the IANA name says the same thing without doubt.
/// </remarks>
internal sealed class ZonedTimeFormatter
{
    private readonly TimeZoneInfo? _zone;

    public ZonedTimeFormatter(string? ianaZone)
    {
        if (ianaZone is not null && TimeZones.TryFind(ianaZone, out var zone))
        {
            _zone = zone;
            ZoneName = ianaZone;
        }
    }

    /// <summary>The IANA name of the zone times are shown in; <see langword="null"/> when the post-mortem names none (each time then keeps its own offset).</summary>
    public string? ZoneName { get; }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => _zone is null ? instant : TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>For example <c>2022-02-26 12:00 UTC+03:00 (Africa/Nairobi)</c>.</summary>
    public string Full(DateTimeOffset instant)
    {
        var text = Short(instant);
        return ZoneName is null || IsPlainUtc(ZoneName) ? text : $"{text} ({ZoneName})";
    }

    /// <summary>For example <c>2022-02-26 12:00 UTC+03:00</c>.</summary>
    public string Short(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var seconds = local.Second == 0 ? "" : ":ss";
        return local.ToString("yyyy-MM-dd HH:mm" + seconds, CultureInfo.InvariantCulture) + " " + OffsetText(local.Offset);
    }

    /// <summary>Names the zone for captions: <c>Africa/Nairobi (UTC+03:00)</c>, or the offset alone when there is no zone.</summary>
    public string ZoneCaption(DateTimeOffset sample)
    {
        var offset = OffsetText(ToLocal(sample).Offset);
        return ZoneName is null || IsPlainUtc(ZoneName) ? offset : $"{ZoneName} ({offset})";
    }

    /// <summary>The parts of an instant that templates may arrange as they like.</summary>
    public Dictionary<string, object?> Describe(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["text"] = Full(instant),
            ["short"] = Short(instant),
            ["date"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["offset"] = OffsetText(local.Offset),
            ["zone"] = ZoneName,
            ["iso"] = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };
    }

    public static string OffsetText(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{magnitude.Hours:00}:{magnitude.Minutes:00}");
    }

    private static bool IsPlainUtc(string zoneName) =>
        zoneName is "UTC" or "Etc/UTC" or "Etc/UCT" or "UCT" or "Zulu" or "Etc/Zulu";
}
