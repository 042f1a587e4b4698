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
    public void InconsistentDuration_OffsetZoneAfterTheEnd_IsNoClockTime()
    {
        var text = "# Outage\n\n**Duration**: 10 hrs, Start time: Aug 22, 2024 1:00 PM (GMT+03:00),- End time: Aug 22, 2024 11:00 PM (GMT+03:00)\n";

        Assert.DoesNotContain(Linter.Lint("x.md", text).Findings, finding => finding.RuleId is "HL101" or "HL102");
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

    [Theory]
    [InlineData("We could have caught the bad config in review.", true)]
    [InlineData("The error could have been addressed earlier.", true)]
    [InlineData("This error would have arisen and was missed until customers called", false)]
    [InlineData("This error would have arisen later had the app been tested.", true)]
    [InlineData("Without the pause the chain would have advanced past the bad block.", false)]
    [InlineData("At that point there could have been an issue with the binary.", false)]
    public void Counterfactual_CouldOrWouldHave_IsReportedOnlyWhenItJudgesWhatPeopleDid(string sentence, bool reported)
    {
        Assert.Equal(reported, IsReported("HL303", "Root cause", sentence));
    }

    [Fact]
    public void Counterfactual_InAHeading_IsNotReported()
    {
        var text = "# Outage\n\n## What could have gone better?\n\nThe alert paged a retired rotation.\n";

        Assert.DoesNotContain(Linter.Lint("x.md", text).Findings, finding => finding.RuleId == "HL303");
    }

    [Fact]
    public void TimeZone_WrittenBeforeTheTime_Counts()
    {
        var text = "# Outage\n\n## Timeline\n- 2023-01-04, UTC 05:13: first outage.\n- 2023-01-04, UTC 05:43: second outage.\n";

        Assert.DoesNotContain(Linter.Lint("x.md", text).Findings, finding => finding.RuleId == "HL201");
    }

    [Fact]
    public void ActionItems_OfAnImportedDocument_AreTheImportersWithTheirTableColumns()
    {
        var text = "# Chain halt\n\n**Impact**: Downtime for 30 hours.\n\n| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| Bundle everything into the binary | prevention | Core team | n/a |\n| Add logs to chain start | mitigation | Core team | TODO |\n\n## Corrective measures\n\nThe following measures will be put in place to make sure this does not happen again:\n\n- Review firewall changes (owner: infra).\n";

        var findings = Linter.Lint("x.md", text).Findings;

        Assert.DoesNotContain(findings, finding => finding.RuleId is "HL502" or "HL507");
        var noPriority = Assert.Single(findings, finding => finding.RuleId == "HL503");
        Assert.Contains("None of the 3 action items", noPriority.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The outage was caused by manual errors in the config.", true)]
    [InlineData("Automate configuration updates to avoid manual errors.", false)]
    [InlineData("Add a review step that reduces the risk of human error.", false)]
    public void HumanError_AsACause_IsReported_AsWhatASafeguardPrevents_IsNot(string sentence, bool reported)
    {
        Assert.Equal(reported, IsReported("HL301", "Root cause", sentence));
    }

    [Theory]
    [InlineData("From 09:00 to 10:00 (South African Standard Time, UTC+2) the site was down.", false)]
    [InlineData("From 09:00 to 10:00 East Africa Time (Africa/Nairobi) the site was down.", false)]
    [InlineData("From 09:00 to 10:00 East Africa Time the site was down.", true)]
    public void InformalZone_WithItsOffsetOrIanaNameBeside_IsNotReported(string sentence, bool reported)
    {
        Assert.Equal(reported, IsReported("HL202", "Summary", sentence));
    }

    [Fact]
    public void StaticSiteFrontMatter_IsLintedAsFreeMarkdown()
    {
        var text = "---\ntitle: Postmortem Example\nexcerpt: An example\n---\n\n# Rollout outage\n\n## TODO List\n\n- Canary every rollout (owner: platform).\n";

        var findings = Linter.Lint("x.md", text).Findings;

        Assert.DoesNotContain(findings, finding => finding.RuleId is "HL507" or "HL502");
        Assert.Contains(findings, finding => finding.RuleId == "HL503" && finding.Message.Contains("1 action item", StringComparison.Ordinal));
    }

    [Fact]
    public void StaticSiteFrontMatter_WithHindsightKeysNestedUnderItsOwn_IsLintedAsFreeMarkdown()
    {
        // Import reads only the front matter's top-level keys to tell a Hindsight file; lint tells it the same way.
        var text = "---\ntitle: Postmortem Example\nparams:\n  status: draft\n---\n\n# Rollout outage\n\n## TODO List\n\n- Canary every rollout (owner: platform).\n";

        var findings = Linter.Lint("x.md", text).Findings;

        Assert.Contains(findings, finding => finding.RuleId == "HL503" && finding.Message.Contains("1 action item", StringComparison.Ordinal));
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

    // Lints a one-sentence section of an otherwise empty report and says whether the rule reported anything.
    private static bool IsReported(string ruleId, string section, string sentence) =>
        Linter.Lint("x.md", $"# Outage\n\n## {section}\n{sentence}\n").Findings.Any(finding => finding.RuleId == ruleId);
}
