namespace Hindsight.Logs.Templates.Internal;

/// <summary>A lookup table from ASCII character to <see cref="TokenClass"/>, so that masking is one pass of table reads.</summary>
internal static class TokenClasses
{
    // '-' and '+' are not punctuation: they belong to signed numbers (blk_-42), dates and hyphenated words.
    private const string Punctuation = "=:,;()[]{}<>\"'/\\@#|._!?$&*%`~";

    private static readonly TokenClass[] Ascii = Build();

    public static TokenClass Of(char c) =>
        c < 128 ? Ascii[c] : MessageMasker.IsSeparator(c) ? TokenClass.Separator : TokenClass.None;

    private static TokenClass[] Build()
    {
        var table = new TokenClass[128];
        for (var c = 0; c <= ' '; c++)
        {
            table[c] = TokenClass.Separator;
        }

        table[127] = TokenClass.Separator;
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = TokenClass.Digit;
        }

        foreach (var c in Punctuation)
        {
            table[c] = TokenClass.Punctuation;
        }

        table['"'] |= TokenClass.Quote;
        table['/'] |= TokenClass.PathSeparator;
        table['\\'] |= TokenClass.PathSeparator;
        return table;
    }
}
