using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Tests.Formats;

/// <summary>Month and weekday names are read from three letters in any case, and from nothing else.</summary>
public class CharsTests
{
    [Theory]
    [InlineData("Jan", 1)]
    [InlineData("feb", 2)]
    [InlineData("MAY", 5)]
    [InlineData("sEp", 9)]
    [InlineData("Dec 31", 12)]
    public void TryMonth_EnglishAbbreviationInAnyCase_GivesItsNumber(string text, int expected)
    {
        Assert.True(Chars.TryMonth(text, 0, out var month));
        Assert.Equal(expected, month);
    }

    [Theory]
    [InlineData("Jam")]
    [InlineData("Ja")]
    [InlineData("J@n")]
    // Characters above ASCII must not pass for letters whose bits they happen to share ('a' is 0x61, 'n' is 0x6E).
    [InlineData("j\0\u616E")]
    public void TryMonth_AnythingElse_IsNoMonth(string text) => Assert.False(Chars.TryMonth(text, 0, out _));

    [Theory]
    [InlineData("Mon", true)]
    [InlineData("tue", true)]
    [InlineData("WED", true)]
    [InlineData("Thu", true)]
    [InlineData("fri", true)]
    [InlineData("Sat", true)]
    [InlineData("SUN", true)]
    [InlineData("Moo", false)]
    [InlineData("Su", false)]
    [InlineData("Jan", false)]
    [InlineData("m\0\u6F6E", false)]
    public void IsWeekday_ReadsTheSevenAbbreviationsOnly(string text, bool expected) => Assert.Equal(expected, Chars.IsWeekday(text, 0));

    [Fact]
    public void IsWeekday_LooksAtTheGivenPosition()
    {
        Assert.True(Chars.IsWeekday("at Fri 12:00", 3));
        Assert.False(Chars.IsWeekday("at Fri 12:00", 2));
    }
}
