namespace Hindsight.Lint.Text;

/// <summary>Reads the stamped lines of the timeline sections of free Markdown.</summary>
internal static class TimelineReader
{
    public static IReadOnlyList<TimelineStamp> Read(LintDocument document) => document.Derived(nameof(TimelineReader), Compute);

    private static IReadOnlyList<TimelineStamp> Compute(LintDocument document)
    {
        var stamps = new List<TimelineStamp>();
        var timelineLines = document.Outline.LinesOf(SectionKind.Timeline).ToHashSet();
        DateOnly? current = null;
        var timesByLine = document.Temporal.Times.GroupBy(time => time.Line).ToDictionary(group => group.Key, group => group.First());
        var datesByLine = document.Temporal.Dates.GroupBy(date => date.Line).ToDictionary(group => group.Key, group => group.First());
        foreach (var line in timelineLines.Order())
        {
            if (datesByLine.TryGetValue(line, out var date) && ToDate(date) is { } full)
            {
                current = full;
            }

            if (timesByLine.TryGetValue(line, out var time))
            {
                stamps.Add(new TimelineStamp(time, current));
            }
        }

        return stamps;
    }

    private static DateOnly? ToDate(DateMention date) =>
        date is { Year: { } year, Month: { } month, Day: { } day } && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
