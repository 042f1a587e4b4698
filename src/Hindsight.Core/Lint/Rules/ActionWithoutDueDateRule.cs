using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL504: action items without a due date.</summary>
internal sealed class ActionWithoutDueDateRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL504", "action-without-due-date", DiagnosticSeverity.Info,
        "An action item has no due date.");

    public override void Check(LintContext context) => ActionAttributeCheck.Run(
        context,
        "due date",
        item => item.Due is not null,
        Text.ActionFacts.HasDueDate,
        "Give each item a due date, for example '(due 2022-03-15)'; items without one tend never to be done.");
}
