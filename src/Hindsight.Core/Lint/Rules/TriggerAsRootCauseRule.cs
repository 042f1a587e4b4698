using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL403: a trigger (a deploy, an update, a traffic spike, an attack) or a symptom is presented as the root cause.</summary>
internal sealed partial class TriggerAsRootCauseRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL403", "trigger-as-root-cause", DiagnosticSeverity.Warning,
        "A trigger (deploy, update, traffic spike, attack) or a symptom (a failure, a crash) is presented as the root cause.");

    public override void Check(LintContext context)
    {
        if (context.Document.IsStructured)
        {
            return;
        }

        foreach (var (position, statement) in RootCauseText.Read(context.Document).Statements)
        {
            // Only the head of the statement counts: "cascading failure due to X" goes on to explain itself.
            var head = HeadEnd().Match(statement) is { Success: true } end ? statement[..end.Index] : statement;
            if (PassiveSubject().IsMatch(head))
            {
                continue;
            }

            var trigger = Trigger().Match(head);
            if (trigger.Success)
            {
                context.Report(
                    position.Line,
                    position.Column + trigger.Index,
                    $"'{trigger.Value}' is what set the incident off, not why it could happen: a trigger is presented as the root cause.",
                    "Keep the trigger as a timeline entry or 'Trigger:' line, and ask why it could cause an outage: what let the change through, why the system could not absorb it.");
                continue;
            }

            var symptom = Symptom().Match(head);
            if (symptom.Success)
            {
                context.Report(
                    position.Line,
                    position.Column + symptom.Index,
                    $"'{symptom.Value}' describes what users saw, not why it happened: a symptom is presented as the root cause.",
                    "State the conditions that produced the failure (for example 'web-02 stayed out of the load balancer after a test, so web-01 took all traffic and ran out of memory').");
            }
        }
    }

    [GeneratedRegex(@"\b(?:due to|because|caused by|as a results? of|resulting from|owing to|triggered by|which|that|following|after|during|led to|leading to|resulted|resulting|causing|caused)\b|[,;:(—–]", RegexOptions.IgnoreCase)]
    private static partial Regex HeadEnd();

    [GeneratedRegex(@"\b(?:was|were|is|are|has been)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSubject();

    [GeneratedRegex(@"\b(?:(?:recent|new|routine|planned|latest|code|software|sitewide|feature|config(?:uration)?)\s+)*(?:deploy(?:ment)?|update|upgrade|release|push|rollout|roll-out|migration|commit|restart|reboot|(?:unexpected\s+|sudden\s+)?(?:spike|surge|increase) in [a-z ]+|traffic spike|(?:\w+\s){0,2}attack)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:(?:the )?(?:failure|crash|outage|downtime) of (?:our |the )?(?:\w+ ){0,2}(?:server|site|website|service|platform|database|cluster|application|app)|(?:server|site|website|service|platform|database|application) (?:went down|crashed|being down)|(?:50[0-4]|internal server) errors?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Symptom();
}
