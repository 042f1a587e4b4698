using System.Globalization;
using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL205: a written weekday does not match its date.</summary>
internal sealed class WeekdayMismatchRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL205", "weekday-mismatch", DiagnosticSeverity.Error,
        "A date names a weekday that the calendar contradicts.");

    public override void Check(LintContext context)
    {
        var dates = context.Document.Temporal.Dates;
        var years = dates.Where(date => date.Year is not null).Select(date => date.Year!.Value).Distinct().ToList();
        foreach (var date in dates)
        {
            if (date is not { Weekday: { } written, Month: { } month, Day: { } day })
            {
                continue;
            }

            // A date without its own year borrows the document's year only when the document names exactly one.
            var year = date.Year ?? (years.Count == 1 ? years[0] : (int?)null);
            if (year is not { } known || day > DateTime.DaysInMonth(known, month))
            {
                continue;
            }

            var actual = new DateOnly(known, month, day);
            if (actual.DayOfWeek == written)
            {
                continue;
            }

            context.Report(
                date.Line,
                date.Column,
                string.Create(CultureInfo.InvariantCulture, $"'{date.Text.Trim()}' says {written}, but {actual:yyyy-MM-dd} was a {actual.DayOfWeek}."),
                string.Create(CultureInfo.InvariantCulture, $"Check the date against the logs and fix the weekday or the date; ISO dates ({actual:yyyy-MM-dd}) avoid the question."));
        }
    }
}
