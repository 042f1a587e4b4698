using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL402: the why-chain under the root cause is shallower than the configured depth.</summary>
internal sealed class ShallowWhyChainRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL402", "shallow-why-chain", DiagnosticSeverity.Warning,
        "The root cause is explained in fewer 'why?' steps than the configured minimum (3 by default).");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        var minimum = context.Options.MinimumWhyDepth;
        if (document.IsStructured)
        {
            foreach (var factor in document.Model!.ContributingFactors.Where(factor => factor.RootCause))
            {
                var depth = factor.WhyDepth + 1;
                if (depth < minimum)
                {
                    var line = document.SourceMap.LineOf(factor);
                    context.ReportAt(
                        line > 0 ? document.Locate(line, factor.Id) : Anchors.FirstText(document),
                        string.Create(CultureInfo.InvariantCulture, $"The root cause '{factor.Id}' is explained {depth} 'why?' level(s) deep; the minimum is {minimum}."),
                        "Ask 'why?' of the deepest answer until you reach conditions the team can change (design, process, capacity), and add each answer under 'whys'.");
                }
            }

            return;
        }

        var analysis = RootCauseText.Read(document);
        if (analysis.IsEmpty || analysis.HasFactorList)
        {
            // A list of factors is judged by HL401's opposite: breadth; counting "because" across a list says nothing about depth.
            return;
        }

        var text = analysis.Text.Length > 0 ? analysis.Text : string.Join(' ', analysis.Statements.Select(statement => statement.Statement));
        var levels = 1 + Math.Min(Vocabulary.CausalConnective().Count(text), minimum);
        if (levels >= minimum)
        {
            return;
        }

        context.ReportAt(
            analysis.Anchor,
            string.Create(CultureInfo.InvariantCulture, $"The root cause is explained about {levels} 'why?' level(s) deep; the minimum is {minimum}."),
            "Ask 'why?' of the cause you stopped at, then of that answer, until you reach conditions the team can change (for example: why was the typo possible, why did no test catch it, why did it reach every server at once).");
    }
}
