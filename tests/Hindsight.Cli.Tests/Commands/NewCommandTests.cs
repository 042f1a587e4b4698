namespace Hindsight.Cli.Tests.Commands;

public class NewCommandTests
{
    [Fact]
    public void New_WithOut_WritesATemplateThatValidates()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("incident.md");

        var created = CliHarness.Run("new", "--title", "Checkout returned 502", "--tz", "Europe/Paris", "--out", path);
        var validated = CliHarness.Run("validate", path);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, validated.ExitCode);
        var text = File.ReadAllText(path);
        Assert.Contains("id: 2026-11-24-checkout-returned-502", text, StringComparison.Ordinal);
        Assert.Contains("timezone: Europe/Paris", text, StringComparison.Ordinal);
        Assert.Contains("## Action items", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_ExistingFile_RefusesWithoutForceAndKeepsIt()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("incident.md", "precious notes");

        var result = CliHarness.Run("new", "--out", path, "--tz", "UTC");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--force", result.Error, StringComparison.Ordinal);
        Assert.Equal("precious notes", File.ReadAllText(path));
    }

    [Fact]
    public void New_UnknownZone_ExitsTwo()
    {
        var result = CliHarness.Run("new", "--tz", "East Africa Time");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an IANA time zone", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithoutOut_PrintsTheTemplate()
    {
        var result = CliHarness.Run("new", "--tz", "UTC");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("---\nid: 2026-11-24-untitled-incident\n", result.Output, StringComparison.Ordinal);
    }
}
