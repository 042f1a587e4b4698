using Hindsight.Format;
using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class AudienceFilterTests
{
    private static readonly RenderOptions Stakeholders = new(Audience: ReportAudience.Stakeholders);

    [Fact]
    public void Apply_Stakeholders_LeavesOutNamesInterviewsEvidenceAndNotes()
    {
        var filtered = AudienceFilter.Apply(SamplePostmortems.Complete(), Stakeholders);

        Assert.All(filtered.Participants, p => Assert.Null(p.Name));
        Assert.Equal(["site reliability engineer", "incident commander", "on-call engineer"], filtered.Participants.Select(p => p.Role));
        Assert.Empty(filtered.Interviews);
        Assert.Null(filtered.Notes);
        Assert.All(filtered.Timeline, e => Assert.Null(e.Evidence));
        Assert.All(filtered.ContributingFactors, f => Assert.Empty(f.Evidence));
    }

    [Fact]
    public void Apply_Stakeholders_ReplacesNamesInProseWithRoles()
    {
        var filtered = AudienceFilter.Apply(SamplePostmortems.Complete(), Stakeholders);

        Assert.Equal(
            "The site reliability engineer sees the master server lagging on the dashboard and pages the on-call engineer",
            filtered.Timeline[3].Text);
        Assert.Equal("Incident declared; the incident commander takes the incident commander role", filtered.Timeline[4].Text);
        Assert.EndsWith("after a test. The site reliability engineer noticed the slowdown on the dashboard.", filtered.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Stakeholders_LeavesTheOriginalUntouched()
    {
        var original = SamplePostmortems.Complete();

        AudienceFilter.Apply(original, Stakeholders with { RedactHosts = true });

        Assert.Equal("Elie Mwangi", original.Participants[0].Name);
        Assert.Single(original.Interviews);
        Assert.Contains("web-01", original.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_RedactHosts_ReplacesInternalHostNamesEverywhere()
    {
        var filtered = AudienceFilter.Apply(SamplePostmortems.Complete(), new RenderOptions(RedactHosts: true));

        var canonical = PostmortemFile.Write(filtered);
        Assert.DoesNotContain("web-01", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("web-02", canonical, StringComparison.Ordinal);
        Assert.Contains("[internal host]", filtered.Resolution, StringComparison.Ordinal);
        Assert.Equal("Elie Mwangi", filtered.Participants[0].Name);
    }

    [Fact]
    public void Render_StakeholdersHtml_ContainsNoNameNoInterviewAndSaysSo()
    {
        var html = ReportRendererHtmlTests.RenderHtml(options: Stakeholders with { RedactHosts = true });

        var text = ReportRendererHtmlTests.Parse(html).Body!.TextContent;
        foreach (var hidden in new[] { "Elie", "Mwangi", "Amina", "Otieno", "runbook", "error.log", "CHG-1182", "chat/incident", "web-01", "web-02" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        Assert.Contains("Prepared for stakeholders", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StakeholdersCanonicalMarkdown_IsTheFilteredFile()
    {
        var renderer = new ReportRenderer(new FakeTimeProvider());

        var markdown = renderer.Render(SamplePostmortems.Complete(), ReportFormat.Markdown, Stakeholders);

        var reread = PostmortemFile.Parse(markdown);
        Assert.NotNull(reread.Postmortem);
        Assert.Empty(reread.Postmortem.Interviews);
        Assert.DoesNotContain("Mwangi", markdown, StringComparison.Ordinal);
    }
}
