using Hindsight.Lint;
using Hindsight.Lint.Spelling;

namespace Hindsight.Core.Tests.Lint;

/// <summary>
/// The spelling rule asks Hunspell for suggestions only where the judge could use them, and for the costly distant ones
/// only where the near ones leave the judgement open; these tests lint the same documents with a checker that hands the
/// rule every unknown word's full suggestions, and expect the same findings.
/// </summary>
public sealed class SuggestionPrePassTests
{
    private const string Names = """
        # Outage

        Yesterday Jimbo Jimberson and Elie saw the Borgmon alert. Github was slow, and Nginx-specific settings were lost.
        Recieved pages went to Jimbo. Febraury was a bad month: we tyring to fix the erorr, and Wendesday too.
        The Delorean cluster and the Sitewide banner were down; Mcdonlad said so.
        The runbook we reffered to had an identitical step for the environnement, due on Wendsday, ertainly.
        The wifi and voip lines and the paypal checkout were down on iuos phones; Paypla said so.
        """;

    public static TheoryData<string> Documents => new()
    {
        Names,
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Lint", "Fixtures", "booktiful-seed.md")),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Findings_AreTheSame_AsWhenEveryUnknownWordIsJudged(string text)
    {
        using var hunspell = HunspellSpellChecker.Start(["en_US", "en_GB"]);
        using var withPrePass = new Linter(new LintOptions(), hunspell);
        using var judgingEverything = new Linter(new LintOptions(), new EveryWordSuggested(hunspell));

        var expected = judgingEverything.Lint("report.md", text).Findings.Select(finding => finding.ToString());
        var actual = withPrePass.Lint("report.md", text).Findings.Select(finding => finding.ToString());

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void NamesNoCorrectionCouldFix_AreNotSentForSuggestions()
    {
        using var hunspell = HunspellSpellChecker.Start(["en_US", "en_GB"]);
        var recording = new SuggestionsRecorded(hunspell);
        using var linter = new Linter(new LintOptions(), recording);

        var findings = linter.Lint("report.md", Names).Findings;

        Assert.Contains(findings, finding => finding.Message.Contains("'Febraury'", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.Message.Contains("'erorr'", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.Message.Contains("'environnement'", StringComparison.Ordinal));
        Assert.Contains("erorr", recording.Suggested);
        Assert.DoesNotContain("erorr", recording.SuggestedInFull);
        Assert.Contains("environnement", recording.SuggestedInFull);
        Assert.DoesNotContain("Jimberson", recording.Suggested);
        Assert.DoesNotContain("Delorean", recording.Suggested);
        Assert.DoesNotContain("Elie", recording.Suggested);
    }

    private sealed class SuggestionsRecorded(HunspellSpellChecker inner) : ISpellChecker
    {
        public HashSet<string> Suggested { get; } = new(StringComparer.Ordinal);

        public HashSet<string> SuggestedInFull { get; } = new(StringComparer.Ordinal);

        public IReadOnlySet<string> FindUnknown(IReadOnlyCollection<string> words) => inner.FindUnknown(words);

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Suggest(IReadOnlyCollection<string> words)
        {
            Suggested.UnionWith(words);
            SuggestedInFull.UnionWith(words);
            return inner.Suggest(words);
        }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> SuggestNear(IReadOnlyCollection<string> words)
        {
            Suggested.UnionWith(words);
            return inner.SuggestNear(words);
        }
    }

    /// <summary>Answers every question with the full suggestions of every unknown word seen so far, as the rule asked before the pre-pass.</summary>
    private sealed class EveryWordSuggested(HunspellSpellChecker inner) : ISpellChecker
    {
        private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);

        public IReadOnlySet<string> FindUnknown(IReadOnlyCollection<string> words)
        {
            var unknown = inner.FindUnknown(words);
            _unknown.UnionWith(unknown);
            return unknown;
        }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Suggest(IReadOnlyCollection<string> words) =>
            inner.Suggest([.. _unknown, .. words]);

        public IReadOnlyDictionary<string, IReadOnlyList<string>> SuggestNear(IReadOnlyCollection<string> words) => Suggest(words);
    }
}
