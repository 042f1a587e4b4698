using System.Text.Json;

namespace Hindsight.Cli.Tests.Commands;

public class ImportCommandTests
{
    private const string Report = """
        # Checkout outage

        ## Issue Summary

        Duration: 45 minutes, from 10:00 AM to 10:45 AM EAT on March 1, 2023.
        Impact: 30% of users could not pay.

        ## Timeline

        - 10:00 AM EAT - Error rate alert fired.
        - 10:45 AM EAT - Payment provider key rotated; checkout recovered.

        ## Root Cause and Resolution

        The payment provider key had expired.

        ## Corrective and Preventative Measures

        - Alert 30 days before provider keys expire.
        - Rotate provider keys automatically.
        """;

    [Fact]
    public void Import_Json_PrintsTimelineWithOriginalTimeAndInstant()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("report.md", Report);

        var result = CliHarness.Run("import", path, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("Checkout outage", root.GetProperty("title").GetString());
        var first = root.GetProperty("timeline")[0];
        Assert.Equal("10:00 AM EAT", first.GetProperty("originalTime").GetString());
        Assert.Equal("Error rate alert fired.", first.GetProperty("text").GetString());
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 10, 0, 0, TimeSpan.FromHours(3)), first.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("unresolvedReason").ValueKind);
        Assert.Equal(2, root.GetProperty("actionItems").GetArrayLength());
    }

    [Fact]
    public void Import_JsonOfDocumentWithoutTitle_HasNullTitleAndUnresolvedReason()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("plain.md", "Timeline\n09:00 - Disk full on db-01.\n");

        var result = CliHarness.Run("import", path, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("title").ValueKind);
        var entry = json.RootElement.GetProperty("timeline")[0];
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("at").ValueKind);
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("unresolvedReason").GetString()));
    }

    [Fact]
    public void Import_YearAndZone_ResolveTimesTheDocumentLeavesOpen()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("plain.md", "# Disk\n\nOn 26th February the disk filled.\n\n## Timeline\n\n- 09:00 - Disk full on db-01.\n");

        var result = CliHarness.Run("import", path, "--json", "--year", "2022", "--tz", "Africa/Nairobi");

        using var json = JsonDocument.Parse(result.Output);
        var at = json.RootElement.GetProperty("timeline")[0].GetProperty("at").GetDateTimeOffset();
        Assert.Equal(new DateTimeOffset(2022, 2, 26, 9, 0, 0, TimeSpan.FromHours(3)), at);
    }

    [Fact]
    public void Import_Out_WritesACanonicalFileThatValidates()
    {
        using var folder = new TemporaryDirectory();
        var source = folder.File("report.md", Report);
        var target = folder.File("postmortem.md");

        var imported = CliHarness.Run("import", source, "--out", target);
        var validated = CliHarness.Run("validate", target);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(0, validated.ExitCode);
        var text = File.ReadAllText(target);
        Assert.StartsWith("---", text, StringComparison.Ordinal);
        Assert.Contains("Checkout outage", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Import_OutWithTimesLeftOpen_SaysHowManyAndHowToCloseThem()
    {
        using var folder = new TemporaryDirectory();
        var source = folder.File("report.md", Report.Replace(" on March 1, 2023", "", StringComparison.Ordinal));
        var target = folder.File("postmortem.md");

        var open = CliHarness.Run("import", source, "--out", target);
        File.Delete(target);
        var closed = CliHarness.Run("import", source, "--out", target, "--date", "2023-03-01");

        Assert.Equal(0, open.ExitCode);
        Assert.Contains("2 timeline entries keep their times as written", open.Error, StringComparison.Ordinal);
        Assert.Contains("--date", open.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("keep", closed.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliHarness.Run("validate", target).ExitCode);
    }

    [Fact]
    public void Import_OutExisting_RefusesWithoutForceAndOverwritesWithForce()
    {
        using var folder = new TemporaryDirectory();
        var source = folder.File("report.md", Report);
        var target = folder.File("postmortem.md", "precious notes");

        var refused = CliHarness.Run("import", source, "--out", target);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("precious notes", File.ReadAllText(target));

        var forced = CliHarness.Run("import", source, "--out", target, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Checkout outage", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_NamesTheFileAndExitsTwo()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "missing.md");

        var result = CliHarness.Run("import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(path + ": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NotUtf8_NamesTheFileAndExitsTwo()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("latin1.md");
        File.WriteAllBytes(path, [(byte)'#', (byte)' ', 0xE9, 0xFF, (byte)'\n']);

        var result = CliHarness.Run("import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(path + ":1: error HS0002", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyFile_NamesTheFileAndExitsTwo()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("empty.md", "  \n\n");

        var result = CliHarness.Run("import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ": error HS0001", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownZoneOption_ExitsTwo()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("report.md", Report);

        var result = CliHarness.Run("import", path, "--tz", "East Africa Time");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("IANA", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AmbiguousZone_PrintsAWarningWithFileAndLine()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("cst.md", "# Lag\n\n## Timeline\n\n- 2024-01-15 22:00 CST: Replication lag alert.\n");

        var result = CliHarness.Run("import", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(path + ":5: warning HS0201", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OutOfTheBooktifulSample_ReproducesTheFileWhichValidates()
    {
        using var folder = new TemporaryDirectory();
        var sample = CliHarness.Sample("booktiful/postmortem.md");
        var target = folder.File("postmortem.md");

        var imported = CliHarness.Run("import", sample, "--out", target);
        var validated = CliHarness.Run("validate", target);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal("", imported.Error);
        Assert.True(validated.ExitCode == 0, validated.Output + validated.Error);
        Assert.Equal(File.ReadAllText(sample), File.ReadAllText(target));
        Assert.Equal(CliHarness.Run("show", "--json", sample).Output, CliHarness.Run("show", "--json", target).Output);
    }

    [Fact]
    public void Import_JsonOfTheBooktifulSample_PrintsWhatShowJsonPrints()
    {
        var sample = CliHarness.Sample("booktiful/postmortem.md");

        var imported = CliHarness.Run("import", sample, "--json");
        var shown = CliHarness.Run("show", "--json", sample);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(shown.Output, imported.Output);
        using var json = JsonDocument.Parse(imported.Output);
        Assert.Equal("BooktifuL returned HTTP 500 on every route", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("2022-02-26T12:00:00+03:00", json.RootElement.GetProperty("started").GetString());
    }

    [Fact]
    public void Import_HindsightFileWithAnError_PrintsItWithFileAndLineAndWritesNothing()
    {
        using var folder = new TemporaryDirectory();
        var text = File.ReadAllText(CliHarness.Sample("booktiful/postmortem.md")).Replace("severity: SEV1", "severity: critical", StringComparison.Ordinal);
        var source = folder.File("postmortem.md", text);
        var target = folder.File("imported.md");

        var result = CliHarness.Run("import", source, "--out", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(source + ":5: error HS0006: 'severity' is 'critical'", result.Error, StringComparison.Ordinal);
        Assert.Contains("already a Hindsight file, with 1 error", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Import_OtherToolsFrontMatterWithHindsightWords_WarnsAndImports()
    {
        using var folder = new TemporaryDirectory();
        var source = folder.File("report.md", "---\ntitle: Checkout outage\nstatus: resolved\n---\n\n" + Report[Report.IndexOf("## Issue Summary", StringComparison.Ordinal)..]);

        var result = CliHarness.Run("import", source, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(source + ":3: warning HS0209", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("Checkout outage", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("timeline").GetArrayLength());
    }

    [Theory]
    [InlineData("google-style.md")]
    [InlineData("alx-html.md")]
    [InlineData("code-fenced.md")]
    public void Import_FixtureWithTitleAndDatedTimeline_WritesAFileThatValidates(string fixture)
    {
        using var folder = new TemporaryDirectory();
        var source = Path.Combine(CliHarness.RepositoryRoot, "tests", "Hindsight.Core.Tests", "Import", "Fixtures", fixture);
        var target = folder.File("postmortem.md");

        var imported = CliHarness.Run("import", source, "--out", target);
        var validated = CliHarness.Run("validate", target);

        Assert.Equal(0, imported.ExitCode);
        Assert.True(validated.ExitCode == 0, validated.Output + validated.Error);
    }
}
