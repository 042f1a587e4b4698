using Hindsight.Lint.Spelling;

namespace Hindsight.Core.Tests.Lint;

public sealed class SpellingJudgeTests
{
    private static readonly HashSet<string> Calendar = new(StringComparer.OrdinalIgnoreCase) { "February", "Monday" };

    [Fact]
    public void BestCorrection_ClosestSuggestionWins()
    {
        var best = SpellingJudge.BestCorrection("numer", ["rumen", "number", "numeral"], writtenAsName: false, Calendar);

        Assert.Equal("number", best);
    }

    [Fact]
    public void BestCorrection_CompoundAsFirstGuess_IsStyleNotSpelling()
    {
        var best = SpellingJudge.BestCorrection("loadbalancer", ["load balancer", "load-balancer", "balancer"], writtenAsName: false, Calendar);

        Assert.Null(best);
    }

    [Fact]
    public void BestCorrection_NameMidSentence_OnlyForSwapsAndCalendarWords()
    {
        Assert.Null(SpellingJudge.BestCorrection("Elie", ["Eli", "Ellie"], writtenAsName: true, Calendar));
        Assert.Equal("February", SpellingJudge.BestCorrection("Febraury", ["February", "Bradbury"], writtenAsName: true, Calendar));
    }

    [Fact]
    public void BestCorrection_NeverChangesTheFirstLetter()
    {
        var best = SpellingJudge.BestCorrection("jimbo", ["limbo", "bimbo"], writtenAsName: false, Calendar);

        Assert.Null(best);
    }

    [Theory]
    [InlineData("febraury", "february", 1)]
    [InlineData("recieved", "received", 1)]
    [InlineData("soled", "solved", 1)]
    [InlineData("erorr", "error", 1)]
    [InlineData("mispelled", "misspelled", 1)]
    [InlineData("teh", "then", 2)]
    public void DamerauLevenshtein_CountsASwapAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(a, b));

    [Theory]
    [InlineData("recieved", new[] { "received", "relieved" }, false, false, false)]
    [InlineData("identitical", new[] { "identical" }, false, false, true)]
    [InlineData("reffered", new string[0], false, false, true)]
    [InlineData("ertainly", new[] { "certainly" }, false, false, true)]
    [InlineData("rwx", new string[0], false, false, true)]
    [InlineData("sitewide", new[] { "site wide", "site-wide" }, false, false, false)]
    [InlineData("enaged", new[] { "enraged", "engaged", "en aged", "en-aged", "nagged", "managed" }, false, false, false)]
    [InlineData("wifi", new[] { "wife", "wii" }, false, true, true)]
    [InlineData("Delorean", new string[0], true, false, true)]
    [InlineData("Paypla", new[] { "Paypal" }, true, false, true)]
    public void DistantSuggestionsCouldMatter_UnlessANearOneEditAwayWins(string word, string[] near, bool writtenAsName, bool otherCaseKnown, bool expected) =>
        Assert.Equal(expected, SpellingJudge.DistantSuggestionsCouldMatter(word, near, writtenAsName, otherCaseKnown, Calendar));

    [Fact]
    public void NeighbourSwaps_SwapEachPairOfDifferentLetters_InCapitals()
    {
        Assert.Equal(["IJMBO", "JMIBO", "JIBMO", "JIMOB"], SpellingJudge.NeighbourSwaps("Jimbo"));
        Assert.Equal(["OLLL", "LLOL"], SpellingJudge.NeighbourSwaps("loll"));
    }

    [Fact]
    public void CouldCorrectName_OnlyWithAKnownSwapOrNearAMonthOrWeekday()
    {
        Assert.False(SpellingJudge.CouldCorrectName("Jimberson", new HashSet<string>(), Calendar));
        Assert.True(SpellingJudge.CouldCorrectName("Febraury", new HashSet<string>(), Calendar));
        Assert.True(SpellingJudge.CouldCorrectName("Mondya", new HashSet<string>(), Calendar));
        Assert.True(SpellingJudge.CouldCorrectName("Teh", new HashSet<string> { "THE" }, Calendar));
    }
}
