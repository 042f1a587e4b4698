namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// Splits a message into tokens and replaces the variable parts of each token by one marker character
/// (see <see cref="TokenMasker"/> for what counts as variable).
/// </summary>
/// <remarks>
/// Whitespace runs collapse to a single space and consecutive variables to one, so the masked text is both the
/// exact-match cache key and the token sequence the prefix tree works on. The masked text is never longer than the
/// input. The hot loops use vectorised span searches; there is no regular expression.
/// </remarks>
internal static class MessageMasker
{
    /// <summary>The character that stands for a variable in masked text; control characters never survive masking.</summary>
    public const char Variable = '\u0001';

    /// <summary>Tokens kept per message; the rest of a longer message becomes one trailing variable.</summary>
    public const int MaxTokens = 128;

    private const int MaxQuotedLength = 256;

    /// <summary>Writes the masked form of <paramref name="message"/> into <paramref name="destination"/>.</summary>
    /// <param name="message">The raw message.</param>
    /// <param name="destination">At least <c>message.Length</c> characters.</param>
    /// <param name="tokenCount">The number of tokens in the masked text.</param>
    /// <returns>The length of the masked text.</returns>
    public static int Mask(ReadOnlySpan<char> message, Span<char> destination, out int tokenCount)
    {
        var written = 0;
        var previousStart = -1;
        tokenCount = 0;
        var position = 0;
        while (position < message.Length)
        {
            if (IsSeparator(message[position]))
            {
                position++;
                continue;
            }

            if (tokenCount == MaxTokens - 1)
            {
                // Past this many tokens the rest of a message is one variable: templates of huge messages would
                // otherwise cost memory and time in proportion to their length.
                if (!EndsWithVariable(destination, written, previousStart))
                {
                    destination[written] = ' ';
                    destination[written + 1] = Variable;
                    written += 2;
                    tokenCount++;
                }

                break;
            }

            // One scalar pass per token classifies it and copies it; only tokens that hold digits, quotes, paths,
            // literals or calendar names are then rewritten by the token masker.
            var tokenStart = position;
            var segmentStart = position;
            var classes = TokenClass.None;
            var pathSeparators = 0;
            var literal = false;
            var start = tokenCount > 0 ? written + 1 : written;
            if (tokenCount > 0)
            {
                destination[written] = ' ';
            }

            var output = destination[start..];
            for (; position < message.Length; position++)
            {
                var c = message[position];
                var charClass = TokenClasses.Of(c);
                if (charClass == TokenClass.Separator)
                {
                    break;
                }

                output[position - tokenStart] = c;
                classes |= charClass;
                if ((charClass & TokenClass.Punctuation) != 0)
                {
                    literal |= TokenMasker.IsLiteral(message[segmentStart..position]);
                    segmentStart = position + 1;
                    pathSeparators += (charClass & TokenClass.PathSeparator) != 0 ? 1 : 0;
                }
            }

            literal |= TokenMasker.IsLiteral(message[segmentStart..position]);
            var spansSeparators = false;
            if ((classes & TokenClass.Quote) != 0)
            {
                position = QuotedTokenEnd(message, tokenStart, position, out spansSeparators);
            }

            var quantity = false;
            if ((classes & TokenClass.Digit) != 0 && message[tokenStart] == '(' && !spansSeparators
                && ParenthesisedQuantityEnd(message, tokenStart, position) is var quantityEnd and > 0)
            {
                position = quantityEnd;
                quantity = true;
            }

            var token = message[tokenStart..position];
            if (spansSeparators && token[0] == '"' && tokenCount < MaxTokens - 2 && TokenMasker.KeywordLength(token[1..]) is var keyword and > 0)
            {
                // "GET /books/12 HTTP/1.1" and "POST ..." are different events: the verb (already copied, with its
                // quote) is a token of its own and the rest one variable, two tokens whatever the quoted text holds.
                written = start + keyword + 1;
                destination[written] = ' ';
                destination[written + 1] = Variable;
                destination[written + 2] = '"';
                previousStart = written + 1;
                written += 3;
                tokenCount += 2;
                continue;
            }

            var length = token.Length;
            var hasVariable = false;
            if (quantity)
            {
                // "(18.4 KB)": the quantity given again in another unit is one variable, which joins the value before it.
                var tail = token[(token.IndexOf(')') + 1)..];
                if (EndsWithVariable(destination, written, previousStart))
                {
                    tail.CopyTo(destination[written..]);
                    written += tail.Length;
                    continue;
                }

                output[0] = Variable;
                tail.CopyTo(output[1..]);
                length = 1 + tail.Length;
                hasVariable = true;
            }
            else if (pathSeparators >= 2 && !spansSeparators)
            {
                output[0] = Variable;
                length = 1;
                hasVariable = true;
            }
            else if ((classes & (TokenClass.Digit | TokenClass.Quote)) != 0 || literal)
            {
                length = TokenMasker.MaskSegments(token, output, out hasVariable);
                if (spansSeparators && HasSeparator(output[..length]))
                {
                    // A quoted stretch that was not recognised as one value: keep the token count honest.
                    output[0] = Variable;
                    length = 1;
                    hasVariable = true;
                }
            }
            else if (TokenMasker.IsCalendarName(token))
            {
                output[0] = Variable;
                length = 1;
                hasVariable = true;
            }
            else if (written > 0 && destination[written - 1] == Variable && TokenMasker.UnitLength(token) is var unit and > 0)
            {
                // "403 bytes", "<1 sec": the unit belongs to the number before it ("1 second", "2 seconds" and
                // "00:01" are one event); punctuation after it stays with the value.
                var tail = token[unit..];
                tail.CopyTo(destination[written..]);
                written += tail.Length;
                continue;
            }

            // Consecutive variables ("Jun 17 07:07:00 2005", "blk_1 blk_2 blk_3") are one variable: their number
            // varies between messages of one event, and the token count must not.
            if (hasVariable && previousStart >= 0 && output[..length].SequenceEqual(destination[previousStart..written]))
            {
                continue;
            }

            previousStart = start;
            written = start + length;
            tokenCount++;
        }

        return written;
    }

    /// <summary>Whether a masked token holds a variable part (such tokens never become tree keys).</summary>
    public static bool HasVariable(ReadOnlySpan<char> token) => token.Contains(Variable);

    /// <summary>Whether a masked token is a variable as a whole.</summary>
    public static bool IsVariable(ReadOnlySpan<char> token) => token.Length == 1 && token[0] == Variable;

    /// <summary>Whitespace and control characters separate tokens.</summary>
    public static bool IsSeparator(char c) => c <= ' ' || (c >= '\u007f' && (c == '\u007f' || char.IsWhiteSpace(c)));

    // A token ends at whitespace, except inside a quoted value that holds spaces (tag="View Lock"), which stays one
    // token so that the token count does not depend on the value.
    private static int QuotedTokenEnd(ReadOnlySpan<char> message, int start, int end, out bool spansSeparators)
    {
        spansSeparators = false;
        if (message[start..end].Count('"') % 2 == 0)
        {
            return end;
        }

        var limit = Math.Min(message.Length, end + MaxQuotedLength);
        var closing = message[end..limit].IndexOf('"');
        if (closing < 0)
        {
            return end;
        }

        spansSeparators = true;
        end += closing + 1;
        while (end < message.Length && !IsSeparator(message[end]))
        {
            end++;
        }

        return end;
    }

    // The end of "(18.4 KB)" when the token at start is "(18.4" and the next one is a unit with the closing
    // parenthesis, else 0.
    private static int ParenthesisedQuantityEnd(ReadOnlySpan<char> message, int start, int end)
    {
        if (message[start..end].Contains(')'))
        {
            return 0;
        }

        var next = end;
        while (next < message.Length && message[next] == ' ')
        {
            next++;
        }

        var nextEnd = next;
        while (nextEnd < message.Length && !IsSeparator(message[nextEnd]))
        {
            nextEnd++;
        }

        var unit = message[next..nextEnd];
        var unitLength = TokenMasker.UnitLength(unit);
        return next > end && unitLength > 0 && unit[unitLength..].StartsWith(')') ? nextEnd : 0;
    }

    // Consecutive variables are one: a tail after a variable adds nothing.
    private static bool EndsWithVariable(ReadOnlySpan<char> destination, int written, int previousStart) =>
        previousStart >= 0 && written - previousStart == 1 && destination[previousStart] == Variable;

    private static bool HasSeparator(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c != Variable && IsSeparator(c))
            {
                return true;
            }
        }

        return false;
    }
}
