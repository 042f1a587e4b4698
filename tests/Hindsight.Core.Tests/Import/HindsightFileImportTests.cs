using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Import;

namespace Hindsight.Core.Tests.Import;

public class HindsightFileImportTests
{
    private const string HandWritten = """
        ---
        title: Queue consumers stalled
        severity: SEV2
        status: in-review
        resolved: 2024-06-03T11:10:00+02:00
        started: 2024-06-03T10:20:00+02:00
        timezone: Europe/Paris
        ---

        # Queue consumers stalled

        ## Timeline

        - **2024-06-03 10:20 +02:00** · deploy · key — Consumer release 4.2 rolled out.
        - **2024-06-03 11:10 +02:00** · action — Release 4.1 restored; the queue drains.

        ## Contributing factors

        - **F1** · technology · root cause — Release 4.2 acknowledged messages before processing them.

        ## Action items

        | ID | Action | Owner | Factors |
        | --- | --- | --- | --- |
        | A1 | Test acknowledgement order in CI | Messaging team | F1 |
        """;

    private static string Sample => File.ReadAllText(TestFiles.Sample("booktiful/postmortem.md"));

    [Fact]
    public void Import_CanonicalSample_GivesTheModelOfTheFileReader()
    {
        var result = PostmortemImporter.Import(Sample);
        var read = PostmortemFile.Parse(Sample);

        Assert.True(result.IsHindsightFile);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(read.Postmortem);
        Assert.Equal(PostmortemJson.Serialize(read.Postmortem), PostmortemJson.Serialize(result.Postmortem));
        Assert.DoesNotContain("severity:", result.Postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CanonicalSample_WritesBackByteForByte()
    {
        var result = PostmortemImporter.Import(Sample);

        Assert.Equal(Sample, PostmortemFile.Write(result.Postmortem));
    }

    [Fact]
    public void Import_HandWrittenHindsightFile_IsReadNotReimported()
    {
        var result = PostmortemImporter.Import(HandWritten);
        var postmortem = result.Postmortem;

        Assert.True(result.IsHindsightFile);
        Assert.Equal("Queue consumers stalled", postmortem.Title);
        Assert.Equal(Hindsight.Model.Severity.Sev2, postmortem.Severity);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 10, 20, 0, TimeSpan.FromHours(2)), postmortem.Started);
        Assert.Equal(["Consumer release 4.2 rolled out.", "Release 4.1 restored; the queue drains."], postmortem.Timeline.Select(entry => entry.Text));
        Assert.True(Assert.Single(postmortem.ContributingFactors).RootCause);
        Assert.Equal(["F1"], Assert.Single(postmortem.ActionItems).Factors);
        Assert.Null(postmortem.Notes);
        Assert.Equal(14, result.SourceMap.LineOf(postmortem.Timeline[0]));
    }

    [Fact]
    public void Import_HindsightFileWithAnInvalidValue_ReturnsTheReadersErrorWithItsLine()
    {
        var text = Sample.Replace("severity: SEV1", "severity: critical", StringComparison.Ordinal);

        var result = PostmortemImporter.Import(text);

        Assert.True(result.IsHindsightFile);
        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.InvalidValue, 5), (error.Code, error.Line));
        Assert.Contains("'severity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_HindsightFileWithATimeWithoutZone_IsStillAHindsightFile()
    {
        // What 'import --out' writes for a stamp it could not place: the file is Hindsight's, its error the stamp.
        var text = "---\ntitle: Disk\nstatus: draft\n---\n\n# Disk\n\n## Timeline\n\n- **09:00** · observation — Disk full on db-01.\n";

        var result = PostmortemImporter.Import(text);

        Assert.True(result.IsHindsightFile);
        Assert.Equal(10, Assert.Single(result.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Line);
    }

    [Fact]
    public void Import_OtherToolsFrontMatterWithHindsightWords_IsFreeMarkdownWithAWarning()
    {
        var text = "---\ntitle: Checkout outage\nstatus: resolved\nseverity: high\n---\n\nPayments failed on 2024-02-01.\n\n## Timeline\n\n- 10:00 UTC - Error rate alert fired.\n";

        var result = PostmortemImporter.Import(text);

        Assert.False(result.IsHindsightFile);
        var warning = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == ImportDiagnosticCodes.NotAHindsightFile);
        Assert.Equal((DiagnosticSeverity.Warning, 3), (warning.Severity, warning.Line));
        Assert.Contains("'status' is 'resolved'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Checkout outage", result.Postmortem.Title);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 10, 0, 0, TimeSpan.Zero), Assert.Single(result.Postmortem.Timeline).At);
        Assert.Contains("severity: high", result.Postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ThematicBreaksAroundAStatusLine_AreNoFrontMatterToWarnAbout()
    {
        var text = "---\n\nStatus: resolved after an hour\n\nThe database was slow.\n\n---\n\n## Timeline\n\n- 2024-02-01 10:00 UTC - Alert fired.\n";

        var result = PostmortemImporter.Import(text);

        Assert.False(result.IsHindsightFile);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Code == ImportDiagnosticCodes.NotAHindsightFile);
        Assert.Single(result.Postmortem.Timeline);
    }

    [Fact]
    public void Import_FrontMatterWithOnlyATitle_IsNeverAHindsightFile()
    {
        // It would read as a (minimal) Hindsight file, but nothing in it is Hindsight's: a static site writes the same.
        var text = "---\ntitle: Rollout outage\n---\n\n# Rollout outage\n\n## Issue Summary\n\nThe rollout failed.\n";

        var result = PostmortemImporter.Import(text);

        Assert.False(result.IsHindsightFile);
        Assert.Equal("The rollout failed.", result.Postmortem.Summary);
    }
}
