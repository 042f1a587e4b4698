using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Hindsight.Model;
using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class ReportRendererHtmlTests
{
    private static readonly DateTimeOffset RenderedAt = new(2022, 3, 2, 9, 0, 0, TimeSpan.Zero);

    internal static string RenderHtml(Postmortem? postmortem = null, RenderOptions? options = null) =>
        new ReportRenderer(new FakeTimeProvider(RenderedAt))
            .Render(postmortem ?? SamplePostmortems.Complete(), ReportFormat.Html, options ?? new RenderOptions());

    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Theory]
    [InlineData("hindsight")]
    [InlineData("google-sre")]
    [InlineData("seed")]
    public void Render_BuiltInTemplate_IsOneSelfContainedFileWithoutScript(string template)
    {
        var html = RenderHtml(options: new RenderOptions(template));
        WriteArtifact($"complete-{template}.html", html);

        var document = Parse(html);
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed"));
        Assert.Single(document.QuerySelectorAll("head style"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("src") && !e.GetAttribute("src")!.StartsWith("data:", StringComparison.Ordinal));
        Assert.Single(document.QuerySelectorAll("svg.timeline"));
        Assert.Equal(3, document.QuerySelectorAll("table.action-items tbody tr").Length);
    }

    [Fact]
    public void Render_TimelinePicture_ShowsMilestonesKeyEntriesAndNamesTheZone()
    {
        var svg = Parse(RenderHtml()).QuerySelector("svg.timeline")!;

        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("Times in Africa/Nairobi (UTC+03:00)", texts);
        Assert.Contains("Impact starts", texts);
        Assert.Contains("Detected", texts);
        Assert.Contains("Mitigated", texts);
        Assert.Contains("Resolved", texts);
        Assert.Contains("2022-02-26 12:00 UTC+03:00", texts);
        Assert.Equal(5 * 2, svg.QuerySelectorAll("circle.key-mark").Length); // one on the axis row, one in the legend
    }

    [Fact]
    public void Render_EveryTimeOutsideThePicture_CarriesItsZone()
    {
        var document = Parse(RenderHtml());
        foreach (var svg in document.QuerySelectorAll("svg").ToList())
        {
            svg.Remove();
        }

        var text = document.Body!.TextContent;
        var bareTimes = Regex.Matches(text, @"(?<!UTC[+-])\b\d{2}:\d{2}\b(?!(:\d{2})? UTC)").Select(m => text.Substring(Math.Max(0, m.Index - 30), 50)).ToList();
        Assert.Empty(bareTimes);
        Assert.Contains("2022-02-26 11:40 UTC+03:00 (Africa/Nairobi)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DerivedDurations_AreShown()
    {
        var figures = Parse(RenderHtml()).QuerySelectorAll(".figure .value").Select(v => v.TextContent).ToList();

        Assert.Equal(["2 h 50 min", "20 min", "2 h 50 min", "1 d 10 h 20 min"], figures);
    }

    [Fact]
    public void Render_WhyChains_AreNestedUnderTheirFactor()
    {
        var factor = Parse(RenderHtml()).QuerySelectorAll(".causal-diagram .factor")[0];

        Assert.Contains("root-cause", factor.ClassList);
        var deepest = factor.QuerySelector("ol.whys ol.whys ol.whys .why-box")!;
        Assert.Equal("No one owns the test procedures of the web tier.", deepest.TextContent);
        Assert.Equal("Addressed by A1", factor.QuerySelector(".factor-actions")!.TextContent);
    }

    [Fact]
    public void Render_DraftWithAlmostNothing_SaysWhatIsMissing()
    {
        var html = RenderHtml(SamplePostmortems.Draft());

        var document = Parse(html);
        Assert.Equal("Search results empty", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("not recorded", document.QuerySelector(".figures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No action items yet.", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2024-03-31 01:30 UTC+01:00", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InternalAudience_KeepsNamesInterviewsAndEvidence()
    {
        var text = Parse(RenderHtml()).Body!.TextContent;

        Assert.Contains("Elie Mwangi", text, StringComparison.Ordinal);
        Assert.Contains("runbook", text, StringComparison.Ordinal);
        Assert.Contains("logs/web-01/error.log:1204", text, StringComparison.Ordinal);
    }

    private static void WriteArtifact(string name, string html)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
    }
}
