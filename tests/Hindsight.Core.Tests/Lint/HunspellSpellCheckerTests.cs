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

    [Fact]
    public void FindUnknown_ComputesNoSuggestions()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"]);

        var unknown = checker.FindUnknown(["server", "recieved", "kube-proxy", "outage"]);

        Assert.Equal(["kube-proxy", "recieved"], unknown.Order(StringComparer.Ordinal));
        Assert.Equal(0, checker.SuggestionsAsked);
    }

    [Fact]
    public void Suggest_LeavesKnownWordsOut()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"]);

        var suggestions = checker.Suggest(["network", "netwrok"]);

        Assert.Equal(["netwrok"], suggestions.Keys);
        Assert.Contains("network", suggestions["netwrok"]);
    }

    [Fact]
    public void SuggestNear_OffersCorrectionsOneEditAway_WithoutTheDistantSearch()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"]);

        var near = checker.SuggestNear(["recieved", "reffered", "network"]);

        Assert.Equal(["recieved", "reffered"], near.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("received", near["recieved"]);
        Assert.DoesNotContain("referred", near["reffered"]);
        Assert.Equal(0, checker.FullSuggestionsAsked);
    }

    [Fact]
    public void Suggest_AfterSuggestNear_AddsTheDistantSuggestions()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"]);
        var near = checker.SuggestNear(["identitical"]);

        var full = checker.Suggest(["identitical"]);

        Assert.Equal(near["identitical"], full["identitical"].Take(near["identitical"].Count));
        Assert.Contains("identical", full["identitical"]);
        Assert.Equal(1, checker.FullSuggestionsAsked);
    }

    [Fact]
    public void Cache_KeepsNearSuggestionsApart_SoTheFullOnesAreStillAskedFor()
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            first.SuggestNear(["reffered"]);
        }

        using (var second = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            Assert.True(second.SuggestNear(["reffered"]).ContainsKey("reffered"));
            Assert.Equal(0, second.WordsAsked);
            Assert.Contains("referred", second.Suggest(["reffered"])["reffered"]);
            Assert.Equal(1, second.FullSuggestionsAsked);
        }

        using var third = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory);
        Assert.Contains("referred", third.SuggestNear(["reffered"])["reffered"]);
        Assert.Equal(0, third.WordsAsked);
    }

    [Fact]
    public void Cache_AnswersTheNextRun_WithoutAskingHunspell()
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            Assert.Equal(["recieved"], first.FindMisspelled(["server", "recieved"]).Keys);
        }

        using var second = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory);
        var misspelled = second.FindMisspelled(["server", "recieved"]);

        Assert.Equal(["recieved"], misspelled.Keys);
        Assert.Contains("received", misspelled["recieved"]);
        Assert.Equal(0, second.WordsAsked);
    }

    [Fact]
    public void Cache_EveryWordCached_LoadsNoDictionary()
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            first.FindMisspelled(["server", "recieved"]);
        }

        using var second = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory);
        var misspelled = second.FindMisspelled(["server", "recieved"]);

        Assert.Equal(["recieved"], misspelled.Keys);
        Assert.False(second.DictionariesLoaded);
    }

    [Fact]
    public void Cache_WordMissingFromIt_LoadsTheDictionariesToAnswerIt()
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            first.FindUnknown(["server"]);
        }

        using var second = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory);
        var unknown = second.FindUnknown(["server", "netwrok"]);

        Assert.Equal(["netwrok"], unknown);
        Assert.True(second.DictionariesLoaded);
        Assert.Equal(1, second.WordsAsked);
    }

    [Fact]
    public void Start_WithoutACacheFile_LoadsTheDictionariesAtOnce()
    {
        using var checker = HunspellSpellChecker.Start(["en_US"], cacheDirectory: TemporaryDirectory());

        Assert.True(checker.DictionariesLoaded);
    }

    [Theory]
    [InlineData("not a cache at all\n")]
    [InlineData("hindsight spelling cache 2\nkey\twrong\n+\trecieved\nend\n")]
    [InlineData("")]
    public void Cache_CorruptOrForeignFile_IsIgnoredAndReplaced(string content)
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            first.FindUnknown(["server"]);
        }

        var file = Assert.Single(Directory.GetFiles(directory));
        File.WriteAllText(file, content);

        using (var second = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            Assert.Equal(["recieved"], second.FindUnknown(["server", "recieved"]));
            Assert.Equal(2, second.WordsAsked);
        }

        Assert.StartsWith("hindsight spelling cache 2", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Cache_HalfWrittenFile_IsIgnored()
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            first.FindUnknown(["server", "recieved"]);
        }

        var file = Assert.Single(Directory.GetFiles(directory));
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text[..(text.Length - 4)]);

        using var second = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory);

        Assert.Equal(["recieved"], second.FindUnknown(["server", "recieved"]));
        Assert.Equal(2, second.WordsAsked);
    }

    [Fact]
    public void Start_MissingProgram_IsReported_EvenWithACache()
    {
        var directory = TemporaryDirectory();
        using (var first = HunspellSpellChecker.Start(["en_US"], cacheDirectory: directory))
        {
            first.FindUnknown(["server"]);
        }

        var exception = Assert.Throws<SpellCheckerUnavailableException>(() => HunspellSpellChecker.Start(["en_US"], "hunspell-not-installed-here", directory));

        Assert.Contains("not installed", exception.Message, StringComparison.Ordinal);
    }

    private static string TemporaryDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "hindsight-spelling-cache-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}
