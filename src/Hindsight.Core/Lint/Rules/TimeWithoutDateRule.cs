using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL204: the document gives clock times but no date at all.</summary>
internal sealed class TimeWithoutDateRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL204", "time-without-date", DiagnosticSeverity.Warning,
        "Clock times are given but the document never says on which day the incident happened.");

    public override void Check(LintContext context)
    {
        var temporal = context.Document.Temporal;
        if (temporal.Times.Count == 0 || temporal.Dates.Count > 0 || (context.Document.IsStructured && context.Document.Model!.Started is not null))
        {
            return;
        }

        var first = temporal.Times[0];
        context.Report(
            first.Line,
            first.Column,
            $"The time '{first.Text}' has no date, and the document gives none: the incident cannot be placed in time.",
            "State the date of the incident with its year, best as ISO 8601 (for example 'Date: 2024-05-12'), and the date of any entry after midnight.");
    }
}
