using AngleSharp.Dom;
using Hindsight.Model;
using Hindsight.Rendering;

namespace Hindsight.Core.Tests.Rendering;

public sealed class HtmlSanitisingTests
{
    private const string Hostile = """
        Hello <script>alert('summary')</script> <img src="x" onerror="alert('img')"> <img src="https://tracker.example.com/pixel.gif">
        [click me](javascript:alert('link')) <a href="JaVaScRiPt:alert('mixed')" onclick="alert('click')">mixed</a>
        <iframe src="https://evil.example.com"></iframe> <svg onload="alert('svg')"><script>alert('svg')</script></svg>
        <p style="background:url(https://evil.example.com/x.png)">styled</p> <a href="data:text/html,<script>alert(1)</script>">data</a>
        <form action="https://evil.example.com"><input name="q"></form> <math><mi xlink:href="javascript:alert(1)">m</mi></math>
        """;

    private static Postmortem HostilePostmortem()
    {
        var postmortem = SamplePostmortems.Complete();
        postmortem.Title = "<script>alert('title')</script>";
        postmortem.Summary = Hostile;
        postmortem.Impact.Description = Hostile;
        postmortem.Resolution = Hostile;
        postmortem.Notes = Hostile;
        postmortem.Timeline[0].Text = Hostile;
        postmortem.Timeline[0].Evidence = "\"><script>alert('evidence')</script>";
        postmortem.ContributingFactors[0].Text = "<script>alert('factor')</script>";
        postmortem.ContributingFactors[0].Whys[0].Text = "<img src=x onerror=alert('why')>";
        postmortem.ActionItems[0].Title = Hostile;
        postmortem.ActionItems[0].Link = "javascript:alert('action')";
        postmortem.ActionItems[1].Owner = "<b onmouseover=alert('owner')>SRE</b>";
        postmortem.Lessons.WentWell[0] = Hostile;
        postmortem.Interviews[0].Notes = Hostile;
        postmortem.ExtraSections.Add(new ExtraSection("<script>alert('heading')</script>", Hostile));
        postmortem.AffectedServices.Add("<script>alert('service')</script>");
        return postmortem;
    }

    [Theory]
    [InlineData("hindsight")]
    [InlineData("google-sre")]
    [InlineData("seed")]
    public void Render_HostileDocument_NothingExecutableSurvives(string template)
    {
        var html = ReportRendererHtmlTests.RenderHtml(HostilePostmortem(), new RenderOptions(template));

        var document = ReportRendererHtmlTests.Parse(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, form, button, textarea, select, object, embed, link, base, meta[http-equiv]").Select(e => e.OuterHtml));
        var attributes = document.All.SelectMany(element => element.Attributes.Select(attribute => (Element: element, Attribute: attribute))).ToList();
        Assert.DoesNotContain(attributes, a => a.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => IsUrlAttribute(a.Attribute) && !IsHarmlessUrl(a.Attribute.Value));

        // Nothing is fetched from outside the file: sources may only carry their data inline.
        Assert.DoesNotContain(attributes, a => a.Attribute.Name == "src" && !a.Attribute.Value.StartsWith("data:image/", StringComparison.Ordinal));
        Assert.DoesNotContain(attributes, a => a.Attribute.Name == "style");
    }

    [Fact]
    public void Render_HostileDocument_ShowsTheTextInsteadOfRunningIt()
    {
        var html = ReportRendererHtmlTests.RenderHtml(HostilePostmortem());

        var document = ReportRendererHtmlTests.Parse(html);
        Assert.Equal("<script>alert('title')</script>", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("styled", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("a"), a => a.TextContent == "click me" && !a.HasAttribute("href"));
    }

    [Fact]
    public void Render_SafeLinksAndEmbeddedImages_AreKept()
    {
        var postmortem = SamplePostmortems.Complete();
        postmortem.Summary = "See [the dashboard](https://grafana.example.com/d/web) and ![graph](data:image/png;base64,iVBORw0KGgo=).";

        var document = ReportRendererHtmlTests.Parse(ReportRendererHtmlTests.RenderHtml(postmortem));

        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://grafana.example.com/d/web");
        Assert.Contains(document.QuerySelectorAll("img"), img => img.GetAttribute("src")!.StartsWith("data:image/png", StringComparison.Ordinal));
    }

    private static bool IsUrlAttribute(IAttr attribute) =>
        attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcset" or "poster" or "background";

    private static bool IsHarmlessUrl(string value)
    {
        var url = value.Trim();
        return url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith('#');
    }
}
