using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL401: the analysis names one root cause and no contributing factors.</summary>
internal sealed class SingleRootCauseRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL401", "single-root-cause", DiagnosticSeverity.Warning,
        "The analysis stops at a single root cause and lists no contributing factors.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        if (document.IsStructured)
        {
            var factors = document.Model!.ContributingFactors;
            if (factors.Count == 1)
            {
                var line = document.SourceMap.LineOf(factors[0]);
                context.ReportAt(
                    line > 0 ? document.Locate(line, factors[0].Text.Length > 20 ? factors[0].Text[..20] : factors[0].Text) : Anchors.FirstText(document),
                    $"Only one contributing factor ('{factors[0].Id}') is recorded; incidents need several conditions to line up.",
                    "Ask what else had to be true for this to hurt: missing detection, capacity, process or review gaps. Add each as a factor with its own id.");
            }

            return;
        }

        var analysis = RootCauseText.Read(document);
        if (analysis.IsEmpty || analysis.HasFactorList)
        {
            return;
        }

        context.ReportAt(
            analysis.Anchor,
            "The analysis names a single root cause and no contributing factors; incidents need several conditions to line up.",
            "Add a 'Contributing factors' list: besides the fault itself, what let it reach production, what delayed detection, what made recovery slow.");
    }
}
