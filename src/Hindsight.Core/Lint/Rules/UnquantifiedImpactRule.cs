using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL105: the impact is described but not quantified.</summary>
internal sealed class UnquantifiedImpactRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL105", "unquantified-impact", DiagnosticSeverity.Warning,
        "The impact is described in words only: no share of users, count of requests or users, or cost.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (document.IsStructured && document.Model!.Impact.IsQuantified)
        {
            return;
        }

        var hasImpactStatement = document.Outline.Has(SectionKind.Impact) || (document.IsStructured && document.Model!.Impact.Description is { Length: > 0 });
        if (!hasImpactStatement || document.Imported?.ImpactFigureStated == true || ImpactFacts.FirstFigure(document) is not null)
        {
            return;
        }

        context.ReportAt(
            Anchors.SectionOrTitle(document, SectionKind.Impact),
            "The impact is not quantified: no percentage of users, number of users or failed requests, or cost.",
            "Give at least one figure, for example '35% of checkout requests failed (about 4,200 users) for 47 minutes'; an estimate with its source is better than none.");
    }
}
