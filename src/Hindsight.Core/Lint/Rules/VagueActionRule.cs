using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL501: an action item that no one could ever close ("keep an eye on", "be careful", "improve monitoring").</summary>
internal sealed partial class VagueActionRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL501", "vague-action", DiagnosticSeverity.Warning,
        "An action item is too vague to be done and closed: keep an eye on, be careful, always, make sure, improve monitoring without a measurable signal.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        IEnumerable<(int Line, int Column, string Text)> items = document.IsStructured
            ? document.Model!.ActionItems.Select(item =>
            {
                var line = document.SourceMap.LineOf(item, "title");
                var position = line > 0 ? document.Locate(line, item.Title) : TextPosition.Document;
                return (position.Line, position.Column, item.Title);
            })
            : ActionItemReader.Read(document).Select(item => (item.Line, item.Column, item.Text));
        foreach (var (line, column, written) in items)
        {
            // Quoted words cite someone else (often the original wording of a rewritten item); they are not the item.
            var text = Quoted().Replace(written, match => new string(' ', match.Length));
            var vague = Vague().Match(text);
            if (vague.Success)
            {
                context.Report(
                    line,
                    column + vague.Index,
                    $"'{vague.Value.Trim()}' is not an action anyone can finish or verify.",
                    "Replace the intention with a change and its check, for example 'alert when web-01 memory stays above 85% for 5 minutes (owner: SRE, P1, due 2022-03-15)' instead of 'keep an eye on the servers'.");
                continue;
            }

            var monitoring = VagueMonitoring().Match(text);
            if (monitoring.Success && !MeasurableSignal().IsMatch(text))
            {
                context.Report(
                    line,
                    column + monitoring.Index,
                    $"'{monitoring.Value.Trim()}' names no signal or threshold, so nobody can tell when it is done.",
                    "Name the signal, the threshold and who is paged, for example 'page on-call when the 5xx rate exceeds 1% for 5 minutes'.");
            }
        }
    }

    [GeneratedRegex(@"""[^""]*""|“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:keep an eye on|keep (?:a )?close watch|be (?:more )?careful|be (?:more )?vigilant|always|never again|make sure|pay (?:more )?attention|double[- ]check|try (?:harder|to)|do better|be more|as (?:much as )?(?:needed|possible)|the best)\b|^(?:ensure|be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    [GeneratedRegex(@"\b(?:improve|enhance|better|more|add(?:ing)?|increase|strengthen|set up|setting up|introduce|implement(?:ing)?)\s+(?:(?:the|our|additional|proactive|comprehensive|robust|real-time|automated|system)\s+)*(?:monitoring|alerting|alerts|observability|logging)(?:\s+(?:system|capabilities|tools?))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VagueMonitoring();

    [GeneratedRegex(@"\d|\b(?:thresholds?|exceeds?|above|below|over|under|p9\d|percentile|per (?:second|minute)|rate|latency|memory|cpu|disk|connections?|5xx|4xx|errors?|health ?checks?|uptime|page[sd]?|SLO|SLI|heartbeat|when)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasurableSignal();
}
