using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

/// <summary>
/// The Markdown of the built-in templates, checked against reviewed snapshot files. On a difference the test writes
/// what it got beside the test output (artifacts/NAME.received.md); copy it over the snapshot once it looks right.
/// </summary>
public sealed class MarkdownSnapshotTests
{
    private static readonly ReportRenderer Renderer = new(new FakeTimeProvider(new DateTimeOffset(2022, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("google-sre", ReportAudience.Internal)]
    [InlineData("seed", ReportAudience.Internal)]
    [InlineData("google-sre", ReportAudience.Stakeholders)]
    public void Render_CompletePostmortem_MatchesTheSnapshot(string template, ReportAudience audience)
    {
        var name = $"complete.{template}.{audience.ToString().ToLowerInvariant()}.md";

        var markdown = Renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, new RenderOptions(template, audience));

        var snapshot = Path.Combine(TestFiles.RepositoryRoot, "tests", "Hindsight.Core.Tests", "Rendering", "Snapshots", name);
        var expected = File.Exists(snapshot) ? File.ReadAllText(snapshot) : "";
        if (markdown != expected)
        {
            var received = Path.Combine(AppContext.BaseDirectory, "artifacts", name.Replace(".md", ".received.md", StringComparison.Ordinal));
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.WriteAllText(received, markdown);
        }

        Assert.Equal(expected, markdown);
    }
}
