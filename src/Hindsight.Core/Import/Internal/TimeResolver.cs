using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Format;

namespace Hindsight.Import.Internal;

/// <summary>
/// Turns time expressions into instants, using what the document says elsewhere (the incident date, a zone named
/// once) and what the user passed in <see cref="ImportOptions"/>; says why when it cannot.
/// </summary>
internal sealed class TimeResolver(TimeContext context, ImportOptions options, List<Diagnostic> diagnostics)
{
    private static readonly TimeSpan NextDayThreshold = TimeSpan.FromHours(6);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private DateOnly? _currentDate;
    private DateOnly? _firstDate;
    private TimeOnly? _previousTime;
    private DateTimeOffset? _lastClockInstant;

    /// <summary>The zone every resolved instant used most, for the post-mortem's <c>TimeZone</c>.</summary>
    public Dictionary<string, int> ZonesUsed { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves the next timeline entry; entries must come in document order so dates carry forward.</summary>
    public (DateTimeOffset? At, string? Reason) ResolveEntry(TimeExpression stamp, TimeExpression? contextDate, int line)
    {
        if (contextDate is not null && DateOf(contextDate, line) is { } dated && !stamp.HasDate)
        {
            if (_currentDate != dated)
            {
                _previousTime = null;
            }

            _currentDate = dated;
        }

        if (stamp.Offset is { } offset)
        {
            // "T+0 14:02, +5 min, +22 min": offsets count from the entry with a clock time, not from each other.
            return _lastClockInstant is { } from
                ? (from + offset, null)
                : (null, $"'{stamp.Text}' counts from the entry before it with a time of day, whose instant is unknown or which does not exist");
        }

        var resolved = Resolve(stamp, line, carryDate: true);
        _lastClockInstant = resolved.At ?? _lastClockInstant;
        return resolved;
    }

    /// <summary>Resolves a stated start or end ("January 25, 2024, 10:30 AM (UTC)"), falling back on <paramref name="fallback"/> for missing parts.</summary>
    public DateTimeOffset? ResolveStatement(TimeExpression stamp, TimeExpression? fallback, int line)
    {
        var merged = fallback is null ? stamp : stamp with
        {
            Year = stamp.Year ?? (stamp.HasDate ? fallback.Year : null) ?? fallback.Year,
            Month = stamp.Month ?? fallback.Month,
            Day = stamp.Day ?? fallback.Day,
            Zone = stamp.Zone ?? fallback.Zone,
        };
        return Resolve(merged, line, carryDate: false).At;
    }

    private (DateTimeOffset? At, string? Reason) Resolve(TimeExpression stamp, int line, bool carryDate)
    {
        if (!stamp.HasClock)
        {
            return (null, "the stamp gives a date but no time of day");
        }

        var time = new TimeOnly(stamp.Hour!.Value, stamp.Minute ?? 0, Math.Min(stamp.Second, 59));
        DateOnly? date;
        string? dateReason = null;
        if (stamp.HasDate)
        {
            date = DateOf(stamp, line, out dateReason);
        }
        else if (carryDate && _currentDate is { } current)
        {
            date = current;
            if (_previousTime is { } previous && previous - time > NextDayThreshold && previous > time)
            {
                date = current.AddDays(1);
                Report(DiagnosticSeverity.Info, ImportDiagnosticCodes.NextDayAssumed, line, $"'{stamp.Text}' is earlier than the entry before it and has no date; taken to be on the next day ({date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", key: null);
            }
        }
        else
        {
            date = DocumentDate(line);
            dateReason = date is not null ? null
                : context.DocumentDate is { Year: null } ? "the document's date has no year and none was given (--year)"
                : "the document gives no date for this time (--date)";
        }

        if (carryDate && date is not null)
        {
            _currentDate = date;
            _firstDate ??= date;
            _previousTime = time;
        }

        if (date is null)
        {
            return (null, dateReason ?? "the document gives no date for this time");
        }

        var (zone, zoneReason) = ZoneFor(stamp, line);
        if (zone is null)
        {
            return (null, zoneReason);
        }

        var local = date.Value.ToDateTime(time);
        var offset = OffsetOf(zone, local, stamp.Text, line);
        if (offset is null)
        {
            return (null, $"the zone '{zone.Text}' is not known");
        }

        if (zone.IanaId is { } iana)
        {
            ZonesUsed[iana] = ZonesUsed.GetValueOrDefault(iana) + 1;
        }

        return (new DateTimeOffset(local, offset.Value), null);
    }

    private DateOnly? DateOf(TimeExpression stamp, int line) => DateOf(stamp, line, out _);

    private DateOnly? DateOf(TimeExpression stamp, int line, out string? reason)
    {
        reason = null;
        if (stamp.RelativeDay is { } dayNumber)
        {
            var first = _firstDate ?? DocumentDate(line);
            if (first is null)
            {
                reason = $"'Day {dayNumber}' is counted from a first day the document does not date";
                return null;
            }

            return first.Value.AddDays(dayNumber - 1);
        }

        if (stamp.Month is not { } month || stamp.Day is not { } day)
        {
            reason = "the date is incomplete";
            return null;
        }

        var year = stamp.Year ?? context.DocumentDate?.Year ?? options.ReferenceYear ?? options.ReferenceDate?.Year ?? context.FrontMatterDate?.Year;
        if (year is null)
        {
            reason = "the date has no year and none was given (--year)";
            return null;
        }

        if (day > DateTime.DaysInMonth(year.Value, month))
        {
            reason = $"{day} is not a day of month {month}";
            return null;
        }

        if (stamp.AmbiguousDayMonth)
        {
            Report(DiagnosticSeverity.Warning, ImportDiagnosticCodes.AmbiguousDate, line, $"'{stamp.Text}' could be day/month or month/day; read as day {day}, month {month}", stamp.Text);
        }

        return new DateOnly(year.Value, month, day);
    }

    // The front matter's date comes last, after --date and --year: a --year it contradicts rules it out.
    private DateOnly? DocumentDate(int line) =>
        context.DocumentDate is { RelativeDay: null } documentDate && DateOf(documentDate, line) is { } date ? date
        : options.ReferenceDate ?? (context.FrontMatterDate is { } posted && (options.ReferenceYear is null || options.ReferenceYear == posted.Year) ? posted : null);

    private (ZoneMention? Zone, string Reason) ZoneFor(TimeExpression stamp, int line)
    {
        if (stamp.Zone is { } own)
        {
            if (own.IsAmbiguous)
            {
                Report(DiagnosticSeverity.Warning, ImportDiagnosticCodes.AmbiguousZone, line, $"'{own.Text}' names several zones ({own.IanaId}, {string.Join(", ", own.Alternatives)}); read as {own.IanaId}", "zone:" + own.Text);
            }

            return (own, "");
        }

        if (context.TimelineZone is { } declared)
        {
            return (declared, "");
        }

        var borrowed = context.DocumentZone;
        if (borrowed is not null)
        {
            Report(DiagnosticSeverity.Info, ImportDiagnosticCodes.ZoneTakenFromDocument, line, $"times without a zone were read in '{borrowed.Text}', the zone the document names elsewhere", "borrowed");
            return (borrowed, "");
        }

        if (options.DefaultTimeZone is { } fallback && TimeZones.TryFind(fallback, out _))
        {
            return (new ZoneMention(fallback, fallback, null, []), "");
        }

        return (null, "the document names no time zone and none was given (--tz)");
    }

    private TimeSpan? OffsetOf(ZoneMention zone, DateTime local, string stampText, int line)
    {
        TimeZoneInfo? info = null;
        if (zone.IanaId is { } iana && TimeZones.TryFind(iana, out var found))
        {
            info = found;
        }

        if (zone.FixedOffset is { } fixedOffset)
        {
            if (info is not null && !zone.Text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) && !zone.Text.StartsWith("GMT", StringComparison.OrdinalIgnoreCase)
                && info.GetUtcOffset(local) != fixedOffset)
            {
                Report(DiagnosticSeverity.Warning, ImportDiagnosticCodes.ZoneAbbreviationMismatch, line, $"'{stampText}': {zone.Text} means UTC{Format(fixedOffset)}, but {info.Id} is at UTC{Format(info.GetUtcOffset(local))} on that date; used UTC{Format(fixedOffset)} as written", "mismatch:" + zone.Text);
            }

            return fixedOffset;
        }

        if (info is null)
        {
            return null;
        }

        return info.IsInvalidTime(local) ? info.BaseUtcOffset : info.GetUtcOffset(local);
    }

    private static string Format(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private void Report(DiagnosticSeverity severity, string code, int line, string message, string? key)
    {
        if (key is not null && !_reported.Add(code + key))
        {
            return;
        }

        diagnostics.Add(new Diagnostic(severity, code, message, line));
    }
}
