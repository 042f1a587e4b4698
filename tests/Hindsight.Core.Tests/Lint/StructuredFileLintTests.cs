using Hindsight.Lint;

namespace Hindsight.Core.Tests.Lint;

/// <summary>Rules that read the model of a Hindsight file (front matter plus canonical sections).</summary>
public sealed class StructuredFileLintTests
{
    private static readonly Linter Linter = new(new LintOptions(), spellChecker: null);

    [Fact]
    public void Sample_FactorLinksAndOwners_AreChecked()
    {
        var text = File.ReadAllText(TestFiles.Sample("booktiful/postmortem.md"));

        var findings = Linter.Lint("postmortem.md", text).Findings;

        Assert.Contains(findings, finding => finding.RuleId == "HL502" && finding.Message.Contains("'A2'", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, finding => finding.RuleId is "HL101" or "HL103" or "HL506" or "HL505");
    }

    [Fact]
    public void FactorWithoutAction_IsReported_AndActionWithoutFactor_Too()
    {
        var text = File.ReadAllText(TestFiles.Sample("booktiful/postmortem.md"))
            .Replace("| F1, F3 |", "| |", StringComparison.Ordinal)
            .Replace("| F1, F2 |", "| F1 |", StringComparison.Ordinal);

        var findings = Linter.Lint("postmortem.md", text).Findings;

        Assert.Contains(findings, finding => finding.RuleId == "HL506" && finding.Message.Contains("'F2'", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.RuleId == "HL505" && finding.Message.Contains("'A1'", StringComparison.Ordinal));
    }

    [Fact]
    public void ShallowWhyChain_UsesTheConfiguredDepth()
    {
        var text = File.ReadAllText(TestFiles.Sample("booktiful/postmortem.md"));
        var strict = new LintOptions { MinimumWhyDepth = 5 };

        using var strictLinter = new Linter(strict, spellChecker: null);

        Assert.DoesNotContain(Linter.Lint("p.md", text).Findings, finding => finding.RuleId == "HL402");
        Assert.Contains(strictLinter.Lint("p.md", text).Findings, finding => finding.RuleId == "HL402");
    }

    [Fact]
    public void UnclosedFrontMatter_IsUnusable()
    {
        var result = Linter.Lint("broken.md", "---\ntitle: x\n# no closing fence\n");

        Assert.False(result.IsUsable);
        Assert.Contains("never closed", result.Error, StringComparison.Ordinal);
    }
}
