using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Tests.Templates;

public class TokenClassesTests
{
    private const string Punctuation = "=:,;()[]{}<>\"'/\\@#|._!?$&*%`~";

    [Fact]
    public void Of_EveryAsciiCharacter_MatchesTheDefinition()
    {
        for (var c = '\0'; c < 128; c++)
        {
            var expected = TokenClass.None;
            if (c <= ' ' || c == 127)
            {
                expected = TokenClass.Separator;
            }
            else if (char.IsAsciiDigit(c))
            {
                expected = TokenClass.Digit;
            }
            else if (Punctuation.Contains(c, StringComparison.Ordinal))
            {
                expected = TokenClass.Punctuation
                    | (c == '"' ? TokenClass.Quote : TokenClass.None)
                    | (c is '/' or '\\' ? TokenClass.PathSeparator : TokenClass.None);
            }

            Assert.True(expected == TokenClasses.Of(c), $"character 0x{(int)c:x2}");
        }
    }

    [Theory]
    [InlineData('\u00a0', true)]
    [InlineData('\u2028', true)]
    [InlineData('é', false)]
    [InlineData('日', false)]
    public void Of_NonAsciiCharacter_IsSeparatorOnlyWhenWhitespace(char c, bool separator)
    {
        Assert.Equal(separator ? TokenClass.Separator : TokenClass.None, TokenClasses.Of(c));
    }
}
