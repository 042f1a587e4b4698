using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class UserTemplateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hindsight-templates-").FullName;
    private readonly ReportRenderer _renderer = new(new FakeTimeProvider());

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Template(string name, string source)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, source);
        return path;
    }

    [Fact]
    public void Render_UserMarkdownTemplate_SeesTheDocumentedModel()
    {
        var path = Template("brief.liquid", "{{ report.title }} | {{ report.started.text }} | {{ report.durations.time_to_resolve }} | {{ report.action_items.size }} | {{ report.factors[0].whys[0].whys[0].text }}");

        var output = _renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, new RenderOptions(path));

        Assert.Equal("BooktifuL requests failing with HTTP 500 | 2022-02-26 11:40 UTC+03:00 (Africa/Nairobi) | 1 d 10 h 20 min | 3 | Test checklists are written ad hoc and never reviewed.", output);
    }

    [Fact]
    public void Render_UserHtmlTemplate_EscapesDocumentValues()
    {
        var path = Template("page.liquid", "<h1>{{ report.title }}</h1>");
        var postmortem = SamplePostmortems.Complete();
        postmortem.Title = "<img src=x onerror=alert(1)>";

        var output = _renderer.Render(postmortem, ReportFormat.Html, new RenderOptions(path));

        Assert.Equal("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>", output);
    }

    [Fact]
    public void Render_InvalidLiquid_NamesTheTemplateFile()
    {
        var path = Template("broken.liquid", "{% for x in report.timeline %}no end");

        var error = Assert.Throws<ReportTemplateException>(() => _renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, new RenderOptions(path)));

        Assert.StartsWith(path + ": the template is not valid Liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingTemplateFile_NamesIt()
    {
        var path = Path.Combine(_directory, "absent.liquid");

        var error = Assert.Throws<ReportTemplateException>(() => _renderer.Render(SamplePostmortems.Complete(), ReportFormat.Html, new RenderOptions(path)));

        Assert.StartsWith(path + ": the template cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownTemplateName_ListsTheBuiltInOnes()
    {
        var error = Assert.Throws<ReportTemplateException>(() => _renderer.Render(SamplePostmortems.Complete(), ReportFormat.Html, new RenderOptions("fancy")));

        Assert.Contains("hindsight, google-sre, seed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("google-sre", ReportFormat.Markdown)]
    [InlineData("seed", ReportFormat.Html)]
    public void Render_CopyOfABuiltInTemplate_RendersLikeTheBuiltIn(string name, ReportFormat format)
    {
        var path = Template("copy.liquid", ReportTemplates.Source(name, format)!);

        var fromCopy = _renderer.Render(SamplePostmortems.Complete(), format, new RenderOptions(path));

        Assert.Equal(_renderer.Render(SamplePostmortems.Complete(), format, new RenderOptions(name)), fromCopy);
    }
}
