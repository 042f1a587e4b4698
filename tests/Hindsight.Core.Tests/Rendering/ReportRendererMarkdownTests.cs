using Hindsight.Format;
using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class ReportRendererMarkdownTests
{
    private static readonly ReportRenderer Renderer = new(new FakeTimeProvider(new DateTimeOffset(2022, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Render_CanonicalMarkdown_IsExactlyTheFileFormat()
    {
        var postmortem = SamplePostmortems.Complete();

        var markdown = Renderer.Render(postmortem, ReportFormat.Markdown, new RenderOptions());

        Assert.Equal(PostmortemFile.Write(postmortem), markdown);
    }

    [Fact]
    public void Render_SeedMarkdown_HasTheSeedReportSectionsInOrder()
    {
        var markdown = Renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, new RenderOptions(ReportTemplates.Seed));

        AssertHeadingsInOrder(markdown, "# BooktifuL requests failing with HTTP 500", "## Timeline", "## Root cause and resolution", "## Measures against such problem in future");
        Assert.Contains("For 34 hours the BooktifuL platform", markdown, StringComparison.Ordinal);
        Assert.Contains("- **2022-02-26 12:00 UTC+03:00** Elie Mwangi sees", markdown, StringComparison.Ordinal);
        Assert.Contains("- Alert when the pool has fewer than 2 healthy members for 5 minutes (owner: SRE; priority: P0; due: 2022-03-04; status: in progress)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GoogleSreMarkdown_HasTheBookSectionsInOrder()
    {
        var markdown = Renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, new RenderOptions(ReportTemplates.GoogleSre));

        AssertHeadingsInOrder(
            markdown,
            "## Summary", "## Impact", "## Root Causes", "## Trigger", "## Resolution", "## Detection", "## Action Items",
            "## Lessons Learned", "### What went well", "### What went wrong", "### Where we got lucky", "## Timeline");
        Assert.Contains("| A2: Alert when the pool has fewer than 2 healthy members for 5 minutes (https://tracker.example.com/OPS-311) | detect | P0 | SRE | 2022-03-04 | in progress | F2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Saturday morning traffic on a single server", markdown, StringComparison.Ordinal);
        Assert.Contains("    - Why? No one owns the test procedures of the web tier.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Trigger\n\nSaturday morning traffic on a single server with no spare memory.\n\n## Trigger", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("google-sre")]
    [InlineData("seed")]
    public void Render_CompleteMarkdown_SeparatesBlocksWithSingleBlankLines(string template)
    {
        var markdown = Renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, new RenderOptions(template));

        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GoogleSreMarkdown_EscapesPipesInTableCells()
    {
        var postmortem = SamplePostmortems.Complete();
        postmortem.ActionItems[0].Title = "Split | the pool";

        var markdown = Renderer.Render(postmortem, ReportFormat.Markdown, new RenderOptions(ReportTemplates.GoogleSre));

        Assert.Contains(@"Split \| the pool", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("google-sre")]
    [InlineData("seed")]
    public void Render_DraftMarkdown_SaysWhatIsMissing(string template)
    {
        var markdown = Renderer.Render(SamplePostmortems.Draft(), ReportFormat.Markdown, new RenderOptions(template));

        Assert.Contains("_No", markdown, StringComparison.Ordinal);
        Assert.Contains("2024-03-31 01:30 UTC+01:00", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hindsight")]
    [InlineData("google-sre")]
    [InlineData("seed")]
    public void Render_TheBooktifulSample_RendersInEveryFormat(string template)
    {
        var read = PostmortemFile.Read(TestFiles.Sample("booktiful/postmortem.md"));

        var markdown = Renderer.Render(read.Postmortem!, ReportFormat.Markdown, new RenderOptions(template));
        var html = Renderer.Render(read.Postmortem!, ReportFormat.Html, new RenderOptions(template));

        Assert.Contains("BooktifuL returned HTTP 500 on every route", markdown, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Africa/Nairobi", html, StringComparison.Ordinal);
    }

    private static void AssertHeadingsInOrder(string markdown, params string[] headings)
    {
        var lines = markdown.Split('\n');
        var positions = headings.Select(h => Array.IndexOf(lines, h)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
