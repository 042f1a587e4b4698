using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL507: the post-mortem has no action items at all.</summary>
internal sealed class MissingActionItemsRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL507", "missing-action-items", DiagnosticSeverity.Warning,
        "The post-mortem has no action items section, so nothing is decided to prevent a repeat.");

    public override void Check(LintContext context)
    {
        var document = context.Document;
        var hasItems = document.IsStructured ? document.Model!.ActionItems.Count > 0 : ActionItemReader.Read(document).Count > 0;
        if (hasItems)
        {
            return;
        }

        context.ReportAt(
            Anchors.SectionOrTitle(document, SectionKind.ActionItems),
            "No action items are listed: nothing says what will change so that this does not happen again.",
            "Add an 'Action items' list: one concrete change per line with an owner, a priority and a due date, each linked to the factor it addresses.");
    }
}
