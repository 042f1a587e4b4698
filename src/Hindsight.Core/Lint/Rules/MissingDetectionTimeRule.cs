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
        if (times.Any(time => Vocabulary.Detection().IsMatch(document.Prose(time.Line))))
        {
            return;
        }

        context.ReportAt(
            Anchors.SectionOrTitle(document, SectionKind.Detection, SectionKind.Timeline, SectionKind.Summary),
            "The post-mortem does not say when the incident was detected, nor how (alert, customer report, an engineer noticing).",
            "Add a timeline entry for the detection, for example '2022-02-26 12:00 +03:00 Latency alert on web-01 pages the on-call SRE', and say how it was detected.");
    }
}
