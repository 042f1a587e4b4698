using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL104: there is no impact statement at all.</summary>
internal sealed class MissingImpactRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL104", "missing-impact", DiagnosticSeverity.Warning,
        "The post-mortem has no impact statement: who was affected, how, and how much.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (document.IsStructured && (document.Model!.Impact.Description is { Length: > 0 } || document.Model.Impact.IsQuantified))
        {
            return;
        }

        if (document.Outline.Has(SectionKind.Impact) || document.Imported?.ImpactFigureStated == true || ImpactFacts.FirstFigure(document) is not null)
        {
            return;
        }

        context.ReportAt(
            Anchors.FirstText(document),
            "There is no impact section: readers cannot tell who was affected or how badly.",
            "Add an 'Impact' section that names the affected users or services and quantifies the harm, for example '90% of requests to the booking API failed (about 12,000 users)'.");
    }
}
