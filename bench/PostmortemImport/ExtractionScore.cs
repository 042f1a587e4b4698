using Hindsight.Import;

namespace Hindsight.Bench.PostmortemImport;

/// <summary>Compares an import with an expected extraction, check by check, as SOURCES.md defines the fields.</summary>
internal static class ExtractionScore
{
    public sealed record Check(string Name, bool Passed, string Expected, string Actual);

    public static List<Check> Compare(ExpectedExtraction expected, ImportResult result)
    {
        var postmortem = result.Postmortem;
        var checks = new List<Check>
        {
            Same("title", expected.Title, postmortem.Title),
            Same("timeline entry count", expected.Timeline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), postmortem.Timeline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        for (var index = 0; index < expected.Timeline.Count; index++)
        {
            var actual = index < postmortem.Timeline.Count ? postmortem.Timeline[index] : null;
            checks.Add(Same($"timeline[{index}].originalTime", expected.Timeline[index].Timestamp, actual?.OriginalTime));
            checks.Add(Same($"timeline[{index}].text", expected.Timeline[index].Event, actual?.Text));
        }

        checks.Add(Same("action item count", expected.ActionItemCount.ToString(System.Globalization.CultureInfo.InvariantCulture), postmortem.ActionItems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        checks.Add(Same("duration stated", expected.DurationStated ? "true" : "false", result.Duration.IsStated ? "true" : "false"));
        checks.Add(Same("impact figure stated", expected.ImpactFigureStated ? "true" : "false", result.ImpactFigureStated ? "true" : "false"));
        return checks;
    }

    private static Check Same(string name, string? expected, string? actual) =>
        new(name, string.Equals(expected, actual, StringComparison.Ordinal), Quote(expected), Quote(actual));

    private static string Quote(string? text) => text is null ? "null" : "\"" + text + "\"";
}
