using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL503: action items without a priority.</summary>
internal sealed class ActionWithoutPriorityRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL503", "action-without-priority", DiagnosticSeverity.Info,
        "An action item has no priority (P0 to P3).");

    public override void Check(LintContext context) => ActionAttributeCheck.Run(
        context,
        "priority",
        item => item.Priority is not null,
        Text.ActionFacts.HasPriority,
        "Give each item a priority from P0 (drop everything) to P3 (when there is room), for example '(P1)', so the work is weighed against other work.");
}
