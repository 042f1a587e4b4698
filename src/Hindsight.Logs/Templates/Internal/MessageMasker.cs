namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// Splits a message into tokens and replaces the variable parts of each token by one marker character.
/// </summary>
/// <remarks>
/// One rule covers most variable kinds without a regular expression: a token is cut into segments at punctuation,
/// and every segment that holds a digit starts a variable run that swallows the following punctuation and digit-bearing
/// segments. Numbers, IPv4/IPv6 addresses with ports, hex ids, UUIDs, durations (<c>12ms</c>), dates and times,
/// block ids (<c>blk_-42</c> → <c>blk_*</c>) and versions all fall out of it. Tokens with two or more path separators are
/// paths or URLs and become one variable. Whitespace runs collapse to a single space, so the masked text is also the
/// exact-match cache key. The masked text is never longer than the input.
/// </remarks>
internal static class MessageMasker
{
    /// <summary>The character that stands for a variable in masked text; control characters never survive masking.</summary>
    public const char Variable = '\u0001';

    /// <summary>Writes the masked form of <paramref name="message"/> into <paramref name="destination"/>.</summary>
    /// <param name="message">The raw message.</param>
    /// <param name="destination">At least <c>message.Length</c> characters.</param>
    /// <param name="tokenCount">The number of tokens in the masked text.</param>
    /// <returns>The length of the masked text.</returns>
    public static int Mask(ReadOnlySpan<char> message, Span<char> destination, out int tokenCount)
    {
        var written = 0;
        tokenCount = 0;
        var position = 0;
        while (position < message.Length)
        {
            if (IsSeparator(message[position]))
            {
                position++;
                continue;
            }

            var end = position + 1;
            while (end < message.Length && !IsSeparator(message[end]))
            {
                end++;
            }

            if (tokenCount > 0)
            {
                destination[written++] = ' ';
            }

            written += MaskToken(message[position..end], destination[written..]);
            tokenCount++;
            position = end;
        }

        return written;
    }

    /// <summary>Whether a masked token holds a variable part (such tokens never become tree keys).</summary>
    public static bool HasVariable(ReadOnlySpan<char> token) => token.Contains(Variable);

    /// <summary>Whether a masked token is a variable as a whole.</summary>
    public static bool IsVariable(ReadOnlySpan<char> token) => token.Length == 1 && token[0] == Variable;

    /// <summary>Whitespace and control characters separate tokens.</summary>
    public static bool IsSeparator(char c) => c <= ' ' || (c >= '\u007f' && char.IsWhiteSpace(c)) || c == '\u007f';

    private static int MaskToken(ReadOnlySpan<char> token, Span<char> destination)
    {
        if (LooksLikePath(token))
        {
            destination[0] = Variable;
            return 1;
        }

        var written = 0;
        var position = 0;
        while (position < token.Length)
        {
            if (IsPunctuation(token[position]))
            {
                destination[written++] = token[position++];
                continue;
            }

            var segmentEnd = SegmentEnd(token, position, out var hasDigit);
            if (!hasDigit)
            {
                token[position..segmentEnd].CopyTo(destination[written..]);
                written += segmentEnd - position;
                position = segmentEnd;
                continue;
            }

            // A variable run: keep absorbing "punctuation + digit-bearing segment" so that 10.0.0.1:8080 is one variable.
            var runEnd = segmentEnd;
            while (runEnd < token.Length)
            {
                var next = runEnd;
                while (next < token.Length && IsPunctuation(token[next]))
                {
                    next++;
                }

                if (next == runEnd || next == token.Length)
                {
                    break;
                }

                var nextEnd = SegmentEnd(token, next, out var nextHasDigit);
                if (!nextHasDigit)
                {
                    break;
                }

                runEnd = nextEnd;
            }

            destination[written++] = Variable;
            position = runEnd;
        }

        return written;
    }

    private static int SegmentEnd(ReadOnlySpan<char> token, int start, out bool hasDigit)
    {
        hasDigit = false;
        var end = start;
        while (end < token.Length && !IsPunctuation(token[end]))
        {
            hasDigit |= char.IsAsciiDigit(token[end]);
            end++;
        }

        return end;
    }

    private static bool LooksLikePath(ReadOnlySpan<char> token)
    {
        var separators = 0;
        foreach (var c in token)
        {
            if (c is '/' or '\\' && ++separators == 2)
            {
                return true;
            }
        }

        return false;
    }

    // '-' and '+' are not punctuation here: they belong to signed numbers (blk_-42), dates and hyphenated words.
    private static bool IsPunctuation(char c) => c switch
    {
        '=' or ':' or ',' or ';' or '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '\'' or '/'
            or '\\' or '@' or '#' or '|' or '.' or '_' or '!' or '?' or '$' or '&' or '*' or '%' or '`' or '~' => true,
        _ => false,
    };
}
