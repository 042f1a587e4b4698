using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL505: an action item (in a Hindsight file) that addresses no contributing factor.</summary>
internal sealed class ActionWithoutFactorRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL505", "action-without-factor", DiagnosticSeverity.Info,
        "An action item links to no contributing factor, so nobody can tell which condition it removes.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (!document.IsStructured || document.Model!.ContributingFactors.Count == 0)
        {
            return;
        }

        foreach (var item in document.Model.ActionItems.Where(item => item.Factors.Count == 0))
        {
            var line = document.SourceMap.LineOf(item);
            context.ReportAt(
                line > 0 ? document.Locate(line, item.Id ?? item.Title) : Anchors.FirstText(document),
                $"The action item '{item.Id ?? item.Title}' addresses no contributing factor.",
                $"Link it to the factor it removes, for example 'factors: [{document.Model.ContributingFactors[0].Id}]', or drop it if it addresses none.");
        }
    }
}
