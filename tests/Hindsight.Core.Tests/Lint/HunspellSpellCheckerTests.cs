using Hindsight.Lint.Spelling;

namespace Hindsight.Core.Tests.Lint;

/// <summary>Drives the real hunspell program (Debian packages hunspell, hunspell-en-us, hunspell-en-gb).</summary>
public sealed class HunspellSpellCheckerTests
{
    [Fact]
    public void FindMisspelled_ReturnsOnlyUnknownWords_WithSuggestions()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"]);

        var misspelled = checker.FindMisspelled(["server", "Febraury", "recieved", "outage"]);

        Assert.Equal(["Febraury", "recieved"], misspelled.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("February", misspelled["Febraury"]);
        Assert.Contains("received", misspelled["recieved"]);
    }

    [Fact]
    public void FindMisspelled_ManyWordsInOneBatch_AnswersEach()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"]);
        var words = Enumerable.Range(0, 5000).Select(i => i % 2 == 0 ? "network" : "netwrok").ToList();

        var misspelled = checker.FindMisspelled(words);

        Assert.Equal(["netwrok"], misspelled.Keys);
    }

    [Fact]
    public void Start_UnknownDictionary_SaysWhatToInstall()
    {
        var exception = Assert.Throws<SpellCheckerUnavailableException>(() => HunspellSpellChecker.Start(["xx_NOPE"]));

        Assert.Contains("apt-get install", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MissingProgram_SaysWhatToInstall()
    {
        var exception = Assert.Throws<SpellCheckerUnavailableException>(() => HunspellSpellChecker.Start(["en_US"], "hunspell-not-installed-here"));

        Assert.Contains("not installed", exception.Message, StringComparison.Ordinal);
    }
}
