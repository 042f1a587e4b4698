using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class ReportRendererHtmlTests
{
    private static readonly DateTimeOffset RenderedAt = new(2022, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static string RenderHtml(RenderOptions? options = null, Model.Postmortem? postmortem = null) =>
        new ReportRenderer(new FakeTimeProvider(RenderedAt))
            .Render(postmortem ?? SamplePostmortems.Complete(), ReportFormat.Html, options ?? new RenderOptions());

    [Fact]
    public void Render_CompletePostmortem_WritesArtifactForInspection()
    {
        var html = RenderHtml();

        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "complete.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }
}
