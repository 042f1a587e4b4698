using Hindsight.Lint;

namespace Hindsight.Core.Tests.Lint;

public sealed class LintRuleTests
{
    private static readonly Linter Linter = new(new LintOptions(), spellChecker: null);

    [Theory]
    [MemberData(nameof(RuleFixtures.Cases), MemberType = typeof(RuleFixtures))]
    public void Rule_FailingFixture_IsReported_AndPassingFixture_IsNot(string ruleId, string failing, string passing)
    {
        var failed = Linter.Lint("failing.md", failing).Findings;
        var passed = Linter.Lint("passing.md", passing).Findings;

        Assert.Contains(failed, finding => finding.RuleId == ruleId);
        Assert.DoesNotContain(passed, finding => finding.RuleId == ruleId);
    }

    [Fact]
    public void GoodFixture_HasNoFindingAtAll()
    {
        var passing = RuleFixtures.Cases.Select(row => (string)row[2]).First(text => !text.Contains("boots", StringComparison.Ordinal));

        var findings = Linter.Lint("good.md", passing).Findings;

        Assert.Empty(findings);
    }

    [Fact]
    public void Findings_PointAtTheOffendingPhrase()
    {
        var text = "# Outage\n\n## Root cause\nThe database filled up due to human error in the cleanup job.\n";

        var finding = Assert.Single(Linter.Lint("x.md", text).Findings, finding => finding.RuleId == "HL301");

        Assert.Equal(4, finding.Line);
        Assert.Equal(text.Split('\n')[3].IndexOf("human error", StringComparison.Ordinal) + 1, finding.Column);
        Assert.Contains("system", finding.Suggestion, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Blame_InsideCode_IsIgnored()
    {
        var text = "# Outage\n\n## Root cause\nThe log said `human error` and\n\n```\nhuman error: careless\n```\n";

        var findings = Linter.Lint("x.md", text).Findings;

        Assert.DoesNotContain(findings, finding => finding.RuleId is "HL301" or "HL302");
    }

    [Fact]
    public void Catalogue_IdsAreUniqueAndStable()
    {
        var ids = RuleCatalogue.Descriptors.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^HL[1-6][0-9]{2}$", id));
        Assert.Contains("HL601", ids);
    }
}
