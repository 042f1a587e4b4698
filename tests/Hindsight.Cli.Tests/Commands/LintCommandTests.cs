using System.Text.Json;
using NJsonSchema;

namespace Hindsight.Cli.Tests.Commands;

public sealed class LintCommandTests : IDisposable
{
    private const string Clean = "# Cache outage\n\n## Summary\nOn 2024-03-05 from 10:00 to 10:45 UTC 30% of requests failed.\n\n## Impact\n30% of requests failed.\n\n## Timeline\n- 2024-03-05 10:04 UTC: Alert pages on-call.\n\n## Root cause\nThe cache evicted keys because its memory limit was lowered, because the limit is shared with the queue.\n\n## Contributing factors\n- Shared limit.\n- No alert on evictions.\n\n## Action items\n- Split the memory limit of cache and queue (owner: platform, P1, due 2024-03-20)\n";
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void Lint_CleanFile_ExitsZero()
    {
        var file = _directory.File("clean.md", Clean);

        var result = CliHarness.Run("lint", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 errors", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ErrorFinding_ExitsOne_WithFileLineColumn()
    {
        var file = _directory.File("blame.md", Clean + "\nThe outage was human error.\n");

        var result = CliHarness.Run("lint", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:22:16: error HL301:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_WarningOnly_ExitsZeroByDefault_AndOneWithFailOnWarning()
    {
        var file = _directory.File("warn.md", Clean.Replace("(owner: platform, ", "(", StringComparison.Ordinal));

        Assert.Equal(0, CliHarness.Run("lint", file).ExitCode);
        Assert.Equal(1, CliHarness.Run("lint", file, "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void Lint_MissingFile_ExitsTwo()
    {
        var result = CliHarness.Run("lint", _directory.File("nope.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.md", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_EmptyFile_ExitsTwo()
    {
        var result = CliHarness.Run("lint", _directory.File("empty.md", "  \n"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BadConfiguration_ExitsTwo()
    {
        var config = _directory.File("lint.yaml", "rules:\n  HL999: off\n");

        var result = CliHarness.Run("lint", _directory.File("clean.md", Clean), "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown rule 'HL999'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ConfigurationChangesSeverity()
    {
        var config = _directory.File("lint.yaml", "rules:\n  human-error: info\n");
        var file = _directory.File("blame.md", Clean + "\nThe outage was human error.\n");

        var result = CliHarness.Run("lint", file, "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("info HL301", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_Json_HasFilesFindingsAndSummary()
    {
        var file = _directory.File("blame.md", Clean + "\nThe outage was human error.\n");

        var result = CliHarness.Run("lint", file, "--json");

        using var json = JsonDocument.Parse(result.Output);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single(item => item.GetProperty("ruleId").GetString() == "HL301");
        Assert.Equal("human-error", finding.GetProperty("ruleName").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(22, finding.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("suggestion").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Lint_Sarif_ValidatesAgainstTheSarif210Schema()
    {
        var blame = _directory.File("blame.md", Clean + "\nThe outage was human error.\n");
        var missing = _directory.File("missing.md");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        var result = CliHarness.Run("lint", blame, missing, "--sarif");

        var errors = schema.Validate(result.Output);
        Assert.Empty(errors);
        using var json = JsonDocument.Parse(result.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var sarifResult = run.GetProperty("results").EnumerateArray().Single(item => item.GetProperty("ruleId").GetString() == "HL301");
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.Equal(22, sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Lint_JsonAndSarifTogether_IsAUsageError()
    {
        var result = CliHarness.Run("lint", _directory.File("clean.md", Clean), "--json", "--sarif");

        Assert.Equal(2, result.ExitCode);
    }

    public void Dispose() => _directory.Dispose();
}
