using System.Text.Json;

namespace Hindsight.Cli.Tests.Commands;

public class ShowCommandTests
{
    [Fact]
    public void Show_Sample_PrintsDurationsAndZonedTimes()
    {
        var result = CliHarness.Run("show", CliHarness.Sample("booktiful/postmortem.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2022-02-26 12:00 +03:00 (Africa/Nairobi)", result.Output, StringComparison.Ordinal);
        Assert.Contains("time to resolve:  1 d 10 h", result.Output, StringComparison.Ordinal);
        Assert.Contains("90 % of users", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_HasStableCamelCaseFieldsAndIsoDurations()
    {
        var result = CliHarness.Run("show", "--json", CliHarness.Sample("booktiful/postmortem.md"));

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("BooktifuL returned HTTP 500 on every route", root.GetProperty("title").GetString());
        Assert.Equal("2022-02-26T12:00:00+03:00", root.GetProperty("started").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("mitigated").ValueKind);
        Assert.Equal("P1DT10H", root.GetProperty("durations").GetProperty("timeToResolve").GetString());
        Assert.Equal(90, root.GetProperty("impact").GetProperty("usersAffectedPercent").GetDouble());
        var entry = root.GetProperty("timeline")[0];
        Assert.Equal("detection", entry.GetProperty("kind").GetString());
        Assert.True(entry.GetProperty("key").GetBoolean());
        Assert.True(root.GetProperty("contributingFactors")[0].GetProperty("rootCause").GetBoolean());
        Assert.Equal("done", root.GetProperty("actionItems")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Show_InvalidFile_PrintsDiagnosticsAndExitsOne()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("bad.md", "---\ntitle: x\nstarted: 2022-02-26T12:00:00Z\ndetected: 2022-02-26T11:00:00Z\n---\n");

        var result = CliHarness.Run("show", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:4: error HS0011:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = CliHarness.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("validate")]
    [InlineData("show")]
    public void Help_EveryCommand_DescribesItself(string command)
    {
        var result = CliHarness.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
    }
}
