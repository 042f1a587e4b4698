using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL502: action items without an owner.</summary>
internal sealed class ActionWithoutOwnerRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL502", "action-without-owner", DiagnosticSeverity.Warning,
        "An action item names no owner (a team or a person who will see it through).");

    public override void Check(LintContext context) => ActionAttributeCheck.Run(
        context,
        "owner",
        item => !string.IsNullOrWhiteSpace(item.Owner),
        Text.ActionFacts.HasOwner,
        "Give each item an owner, a team or a person who will see it through, for example '(owner: platform-team)', or an Owner column.");
}
