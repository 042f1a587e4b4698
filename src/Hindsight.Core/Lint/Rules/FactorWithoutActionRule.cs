using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL506: a contributing factor (in a Hindsight file) that no action item addresses.</summary>
internal sealed class FactorWithoutActionRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL506", "factor-without-action", DiagnosticSeverity.Warning,
        "A contributing factor has no action item addressing it.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (!document.IsStructured)
        {
            return;
        }

        var addressed = document.Model!.ActionItems.SelectMany(item => item.Factors).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var factor in document.Model.ContributingFactors.Where(factor => !addressed.Contains(factor.Id)))
        {
            var line = document.SourceMap.LineOf(factor);
            context.ReportAt(
                line > 0 ? document.Locate(line, factor.Id) : Anchors.FirstText(document),
                $"No action item addresses the contributing factor '{factor.Id}'.",
                $"Add an action item with 'factors: [{factor.Id}]' that removes or guards against it, or say in the text why the factor is accepted.");
        }
    }
}
