using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL101: the document never says how long the outage lasted (no length, no start and end).</summary>
internal sealed class MissingDurationRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL101", "missing-duration", DiagnosticSeverity.Warning,
        "The post-mortem states no total duration: neither a length nor both a start and an end time.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (document.IsStructured && document.Model is { Started: not null } model && (model.Mitigated ?? model.Resolved) is not null)
        {
            return;
        }

        if (document.Imported?.Duration.IsStated == true || DurationReader.Read(document).IsStated)
        {
            return;
        }

        context.ReportAt(
            Anchors.SectionOrTitle(document, SectionKind.Duration, SectionKind.Impact, SectionKind.Summary),
            "No total duration is stated: readers cannot tell how long users were affected.",
            "Add the impact window with zone and length, for example 'Duration: 2022-02-26 09:00 to 2022-02-27 22:00 +03:00 (37 h)', or set 'started' and 'resolved' in the front matter.");
    }
}
