using System.Globalization;
using Hindsight.Diagnostics;

namespace Hindsight.Lint.Rules;

/// <summary>HL203: dates are written without a year and no date in the document has one.</summary>
internal sealed class DateWithoutYearRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL203", "date-without-year", DiagnosticSeverity.Warning,
        "Dates are written without a year and no date in the document gives one.");

    public override void Check(LintContext context)
    {
        var dates = context.Document.Temporal.Dates;
        if (dates.Count == 0 || dates.Any(date => date.Year is not null))
        {
            return;
        }

        var first = dates[0];
        var candidates = first is { Month: { } month, Day: { } day, Weekday: { } weekday }
            ? YearsMatching(month, day, weekday, context.Options.Clock.GetUtcNow().Year)
            : [];
        var hint = candidates.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $" ({first.Text.Trim()} fits {string.Join(" or ", candidates)})")
            : "";
        context.Report(
            first.Line,
            first.Column,
            $"The date '{first.Text.Trim()}' has no year, and no other date in the document gives one.",
            $"Write full dates with the year, best as ISO 8601 (for example 2022-02-26){hint}.");
    }

    // The weekday narrows the year down; the post-mortem was written recently, so look at the last ten years and the next.
    private static List<int> YearsMatching(int month, int day, DayOfWeek weekday, int thisYear)
    {
        var years = new List<int>();
        for (var year = thisYear + 1; year >= thisYear - 10; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == weekday)
            {
                years.Add(year);
            }
        }

        return years;
    }
}
