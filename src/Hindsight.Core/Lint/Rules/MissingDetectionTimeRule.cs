using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL103: the document never says when the incident was detected.</summary>
internal sealed class MissingDetectionTimeRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL103", "missing-detection-time", DiagnosticSeverity.Warning,
        "No time is given for the detection of the incident, so time to detect cannot be measured.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (document.Model is { Detected: not null })
        {
            return;
        }

        var times = document.Temporal.Times;
        // The time and the verb may sit on neighbouring lines of one paragraph.
        if (times.Any(time => Enumerable.Range(time.Line - 1, 3).Any(line => Vocabulary.Detection().IsMatch(document.Prose(line)))))
        {
            return;
        }

        context.ReportAt(
            Anchors.SectionOrTitle(document, SectionKind.Detection, SectionKind.Timeline, SectionKind.Summary),
            "The post-mortem does not say when the incident was detected, nor how (alert, customer report, an engineer noticing).",
            "Add a timeline entry for the detection, for example '2022-02-26 12:00 +03:00 Latency alert on web-01 pages the on-call SRE', and say how it was detected.");
    }
}
