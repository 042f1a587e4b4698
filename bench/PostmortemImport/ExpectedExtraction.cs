using System.Text.Json;

namespace Hindsight.Bench.PostmortemImport;

/// <summary>One <c>*.expected.json</c> file: the hand-made extraction, following the conventions of SOURCES.md.</summary>
internal sealed record ExpectedExtraction(
    string SourceFile,
    string? Title,
    IReadOnlyList<(string Timestamp, string Event)> Timeline,
    int ActionItemCount,
    bool DurationStated,
    bool ImpactFigureStated)
{
    public static ExpectedExtraction Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var timeline = root.GetProperty("timeline").EnumerateArray()
            .Select(entry => (entry.GetProperty("timestamp_text").GetString() ?? "", entry.GetProperty("event_text").GetString() ?? ""))
            .ToList();
        return new ExpectedExtraction(
            root.GetProperty("source_file").GetString() ?? Path.GetFileName(path),
            root.GetProperty("title").ValueKind == JsonValueKind.Null ? null : root.GetProperty("title").GetString(),
            timeline,
            root.GetProperty("action_items").GetProperty("count").GetInt32(),
            root.GetProperty("duration_stated").GetBoolean(),
            root.GetProperty("impact_figure_stated").GetBoolean());
    }
}
