namespace Hindsight.Logs.Formats;

/// <summary>
/// What a file's timestamps do not say themselves: the zone of zone-less times and the year of year-less ones.
/// Records whether either assumption was used, so reports can say so. Safe to share between the threads that parse
/// one file's lines.
/// </summary>
public sealed class TimestampContext
{
    private readonly int? _explicitYear;
    private readonly DateTime _reference;
    // The zone offset of the last hour looked up, packed into one word so that threads never see an hour paired with
    // another hour's offset: the hour's index in the high bits, the offset in minutes (DateTimeOffset allows whole
    // minutes only) in the low 16.
    private long _cachedHourAndOffset = long.MinValue;
    private volatile bool _usedZone;
    private volatile bool _usedYear;

    /// <summary>Creates a context.</summary>
    /// <param name="zone">The zone of timestamps that carry no offset.</param>
    /// <param name="year">The year of timestamps that carry none (<c>--year</c>); <see langword="null"/> to infer it.</param>
    /// <param name="reference">
    /// The file's modification time: year-less timestamps get the year that puts them at or before it.
    /// </param>
    public TimestampContext(TimeZoneInfo zone, int? year, DateTimeOffset reference)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        _explicitYear = year;
        _reference = TimeZoneInfo.ConvertTime(reference, zone).DateTime;
    }

    /// <summary>The zone applied to zone-less timestamps.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Whether some timestamp had no offset and was read in <see cref="Zone"/>.</summary>
    public bool UsedZone => _usedZone;

    /// <summary>Whether some timestamp had no year and got one from <c>--year</c> or the file's modification time.</summary>
    public bool UsedYear => _usedYear;

    /// <summary>Whether the year came from the caller rather than the file's modification time.</summary>
    public bool YearIsExplicit => _explicitYear.HasValue;

    /// <summary>The year assumed for <paramref name="month"/>/<paramref name="day"/> when the line has no year.</summary>
    public int YearFor(int month, int day)
    {
        if (!_usedYear)
        {
            _usedYear = true;
        }

        if (_explicitYear is { } year)
        {
            return year;
        }

        // A log is written before its last modification: a month/day after the reference belongs to the year before.
        var candidate = _reference.Year;
        if (month > _reference.Month || (month == _reference.Month && day > _reference.Day + 1))
        {
            candidate--;
        }

        return candidate;
    }

    /// <summary>The instant of a wall-clock time read in <see cref="Zone"/>.</summary>
    public DateTimeOffset FromLocal(DateTime localTime)
    {
        if (!_usedZone)
        {
            _usedZone = true;
        }

        // Offsets change at most at hour boundaries in practice: cache per hour to keep zone rules off the hot path.
        var local = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        var hour = local.Ticks / TimeSpan.TicksPerHour;
        var cached = Volatile.Read(ref _cachedHourAndOffset);
        int offsetMinutes;
        if (cached >> 16 == hour)
        {
            offsetMinutes = (short)(cached & 0xFFFF);
        }
        else
        {
            offsetMinutes = (int)Zone.GetUtcOffset(local).TotalMinutes;
            Volatile.Write(ref _cachedHourAndOffset, (hour << 16) | (ushort)(short)offsetMinutes);
        }

        return new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes));
    }
}
