using Hindsight.Lint;

namespace Hindsight.Core.Tests.Lint;

/// <summary>The BooktifuL report of the project's founding document (Fixtures/booktiful-seed.md), linted with real Hunspell.</summary>
public sealed class SeedReportLintTests : IDisposable
{
    private readonly Linter _linter = Linter.Create(new LintOptions());
    private readonly IReadOnlyList<LintFinding> _findings;

    public SeedReportLintTests()
    {
        Assert.Null(_linter.SpellingUnavailableReason);
        _findings = _linter.LintFile(Path.Combine(AppContext.BaseDirectory, "Lint", "Fixtures", "booktiful-seed.md")).Findings;
    }

    [Theory]
    [InlineData("HL101", 1)]
    [InlineData("HL203", 5)]
    [InlineData("HL202", 5)]
    [InlineData("HL502", 14)]
    [InlineData("HL503", 14)]
    [InlineData("HL504", 14)]
    public void SeedReport_IsFlagged(string ruleId, int line) =>
        Assert.Contains(_findings, finding => finding.RuleId == ruleId && finding.Line == line);

    [Theory]
    [InlineData("HL602", "soled")]
    [InlineData("HL602", "fro")]
    [InlineData("HL601", "Febraury")]
    [InlineData("HL501", "Always")]
    [InlineData("HL202", "East Africa Time")]
    public void SeedReport_NamesTheOffendingWord(string ruleId, string word) =>
        Assert.Contains(_findings, finding => finding.RuleId == ruleId && finding.Message.Contains($"'{word}'", StringComparison.Ordinal));

    [Fact]
    public void SeedReport_MisspellingPointsAtTheWord()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Lint", "Fixtures", "booktiful-seed.md"));

        var finding = Assert.Single(_findings, finding => finding.Message.Contains("'Febraury'", StringComparison.Ordinal));

        Assert.Equal("Febraury", lines[finding.Line - 1].Substring(finding.Column - 1, "Febraury".Length));
        Assert.Contains("February", finding.Suggestion, StringComparison.Ordinal);
    }

    public void Dispose() => _linter.Dispose();
}
