using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class ImportedDocumentRenderingTests
{
    private static readonly ReportRenderer Renderer = new(new FakeTimeProvider(new DateTimeOffset(2023, 3, 5, 8, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Render_UnresolvedTimes_ShowTheTimeAsWrittenWithTheReason()
    {
        var html = Renderer.Render(SamplePostmortems.Imported(), ReportFormat.Html, new RenderOptions());

        var rows = ReportRendererHtmlTests.Parse(html).QuerySelectorAll("table.timeline-table tbody tr").Select(r => r.QuerySelector("td.time")!.TextContent).ToList();
        Assert.Equal(["10:45 AM EATunresolved: no date before this line", "2023-03-01 14:02 UTC", "Day 2, 09:00unresolved: the document gives no first day"], rows);
    }

    [Fact]
    public void Render_DocumentWithoutZoneOrTitle_UsesEachInstantsOwnOffsetAndAPlaceholderTitle()
    {
        var markdown = Renderer.Render(SamplePostmortems.Imported(), ReportFormat.Markdown, new RenderOptions(ReportTemplates.GoogleSre));

        Assert.StartsWith("# Untitled post-mortem\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Times in UTC.", markdown, StringComparison.Ordinal);
        Assert.Contains("- **10:45 AM EAT (unresolved: no date before this line)** Latency alerts fire", markdown, StringComparison.Ordinal);
        Assert.Contains("## Notes\n\nParagraph the importer could not place.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TimelineWithOneResolvedEntry_DrawsItAlone()
    {
        var html = Renderer.Render(SamplePostmortems.Imported(), ReportFormat.Html, new RenderOptions(ReportTemplates.Seed));

        var svg = ReportRendererHtmlTests.Parse(html).QuerySelector("svg.timeline")!;
        Assert.Empty(svg.QuerySelectorAll("circle.milestone"));
        Assert.Equal(2, svg.QuerySelectorAll("circle.key-mark").Length);
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "Times in UTC");
    }
}
