using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL206: a timeline entry is earlier than the entry before it.</summary>
internal sealed class TimelineOrderRule : LintRule
{
    // A clock that goes back by this much or more is read as the next day rather than as a mistake.
    private const int MidnightRolloverMinutes = 8 * 60;

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL206", "timeline-out-of-order", DiagnosticSeverity.Error,
        "A timeline entry is earlier than the entry before it.");

    public override void Check(LintContext context)
    {
        if (context.Document.IsStructured)
        {
            CheckModel(context);
            return;
        }

        var stamps = TimelineReader.Read(context.Document);
        for (var i = 1; i < stamps.Count; i++)
        {
            var previous = stamps[i - 1];
            var current = stamps[i];
            bool backwards;
            if (previous.Date is { } previousDate && current.Date is { } currentDate && previousDate != currentDate)
            {
                backwards = currentDate < previousDate;
            }
            else
            {
                var drop = previous.Time.MinuteOfDay - current.Time.MinuteOfDay;
                var sameKnownDate = previous.Date is not null && previous.Date == current.Date;
                backwards = drop > 0 && (sameKnownDate || drop < MidnightRolloverMinutes);
            }

            if (backwards)
            {
                context.Report(
                    current.Time.Line,
                    current.Time.Column,
                    string.Create(CultureInfo.InvariantCulture, $"The entry at '{current.Time.Text}' comes after the entry at '{previous.Time.Text}' (line {previous.Time.Line}) but is earlier."),
                    "Check the time against the logs and correct it, or move the entry to its place; write the date on entries after midnight.");
            }
        }
    }

    private static void CheckModel(LintContext context)
    {
        var model = context.Document.Model!;
        DateTimeOffset? previous = null;
        foreach (var entry in model.Timeline)
        {
            if (entry.At is not { } at)
            {
                continue;
            }

            if (previous is { } before && at < before)
            {
                var line = context.Document.SourceMap.LineOf(entry);
                var position = context.Document.Locate(line, entry.OriginalTime ?? at.ToString("HH:mm", CultureInfo.InvariantCulture));
                context.ReportAt(
                    position,
                    string.Create(CultureInfo.InvariantCulture, $"The entry at {at:yyyy-MM-dd HH:mm zzz} is earlier than the entry before it ({before:yyyy-MM-dd HH:mm zzz})."),
                    "Check the time against the logs and correct it, or move the entry to its place.");
            }

            previous = at;
        }
    }
}
