using System.Globalization;
using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL201: clock times without a time zone, when the document declares none for all times.</summary>
internal sealed class TimeWithoutZoneRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL201", "time-without-zone", DiagnosticSeverity.Warning,
        "Clock times are written without a time zone and the document declares none for all times.");

    public override void Check(LintContext context)
    {
        var temporal = context.Document.Temporal;
        var unzoned = temporal.Times.Where(time => !temporal.IsZoned(time)).ToList();
        if (unzoned.Count == 0)
        {
            return;
        }

        var first = unzoned[0];
        var zoneElsewhere = temporal.Zones.Count > 0 ? temporal.Zones[0] : null;
        var more = unzoned.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({unzoned.Count} of {temporal.Times.Count} times have no zone)") : "";
        var suggestion = zoneElsewhere is not null
            ? string.Create(CultureInfo.InvariantCulture, $"The zone '{zoneElsewhere.Text}' appears only on line {zoneElsewhere.Line}: write it on every time, or once for the whole document ('All times {zoneElsewhere.Text}.').")
            : "Write the zone with every time as an offset or IANA zone (for example '12:00 +03:00' or '12:00 Africa/Nairobi'), or once for the whole document ('All times UTC.').";
        context.Report(first.Line, first.Column, $"The time '{first.Text}' has no time zone{more}.", suggestion);
    }
}
