using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;
using Hindsight.Model;

namespace Hindsight.Lint.Rules;

/// <summary>HL207: start, detection, mitigation and resolution are not in that order.</summary>
internal sealed class MilestoneOrderRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL207", "milestones-out-of-order", DiagnosticSeverity.Error,
        "Start, detection, mitigation and resolution are not in that order, or the timeline detects the incident before its stated start.");

    public override void Check(LintContext context)
    {
        if (context.Document.IsStructured && context.Document.Model is { } model && (model.Started ?? model.Detected ?? model.Mitigated ?? model.Resolved) is not null)
        {
            CheckModel(context, model);
        }

        if (!context.Document.IsStructured)
        {
            CheckDetectionBeforeStart(context);
        }
    }

    private static void CheckModel(LintContext context, Postmortem model)
    {
        var milestones = new (string Name, DateTimeOffset? At)[]
        {
            ("started", model.Started), ("detected", model.Detected), ("mitigated", model.Mitigated), ("resolved", model.Resolved),
        };
        for (var i = 0; i < milestones.Length; i++)
        {
            for (var j = i + 1; j < milestones.Length; j++)
            {
                if (milestones[i].At is { } earlier && milestones[j].At is { } later && later < earlier)
                {
                    var line = context.Document.SourceMap.LineOf(model, milestones[j].Name);
                    var position = line > 0 ? context.Document.Locate(line, milestones[j].Name) : Anchors.FirstText(context.Document);
                    context.ReportAt(
                        position,
                        string.Create(CultureInfo.InvariantCulture, $"'{milestones[j].Name}' ({later:yyyy-MM-dd HH:mm zzz}) is before '{milestones[i].Name}' ({earlier:yyyy-MM-dd HH:mm zzz})."),
                        "Check both instants against the timeline: the order is started, detected, mitigated, resolved.");
                    return;
                }
            }
        }
    }

    private static void CheckDetectionBeforeStart(LintContext context)
    {
        var document = context.Document;
        var stated = DurationReader.Read(document);
        if (stated.Start is not { } start)
        {
            return;
        }

        var startDate = document.Temporal.Dates.FirstOrDefault(date => date.Line == start.Line);
        foreach (var stamp in TimelineReader.Read(document))
        {
            var time = stamp.Time;
            var sameDay = startDate is null || stamp.Date is null || (startDate.Month == stamp.Date.Value.Month && startDate.Day == stamp.Date.Value.Day);
            if (!sameDay || time.MinuteOfDay >= start.MinuteOfDay || start.MinuteOfDay - time.MinuteOfDay > 6 * 60)
            {
                continue;
            }

            if (Vocabulary.Detection().IsMatch(document.Prose(time.Line)))
            {
                context.Report(
                    time.Line,
                    time.Column,
                    $"The timeline detects the incident at '{time.Text}', before its stated start '{start.Text}' (line {start.Line}).",
                    "Move the stated start to the first sign of impact, or correct the detection time; detection cannot precede the start.");
                return;
            }
        }
    }
}
