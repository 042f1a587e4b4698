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

            var end = TokenEnd(message, position, out var spansSeparators);
            var start = tokenCount > 0 ? written + 1 : written;
            if (tokenCount > 0)
            {
                destination[written] = ' ';
            }

            var length = MaskToken(message[position..end], destination[start..]);
            if (spansSeparators && HasSeparator(destination.Slice(start, length)))
            {
                // A quoted stretch that was not recognised as one value: keep the token count honest.
                destination[start] = Variable;
                length = 1;
            }

            position = end;

            // Consecutive variables ("Jun 17 07:07:00 2005", "blk_1 blk_2 blk_3") are one variable: their number
            // varies between messages of one event, and the token count must not.
            if (previousStart >= 0 && HasVariable(destination.Slice(start, length))
                && destination.Slice(start, length).SequenceEqual(destination[previousStart..written]))
            {
                continue;
            }

            previousStart = start;
            written = start + length;
            tokenCount++;
        }

        return written;
    }

    // A token ends at whitespace, except inside a quoted value that holds spaces (tag="View Lock"), which stays one
    // token so that the token count does not depend on the value.
    private static int TokenEnd(ReadOnlySpan<char> message, int start, out bool spansSeparators)
    {
        spansSeparators = false;
        var end = start + 1;
        var quotes = message[start] == '"' ? 1 : 0;
        while (end < message.Length && !IsSeparator(message[end]))
        {
            quotes += message[end] == '"' ? 1 : 0;
            end++;
        }

        if (quotes % 2 == 1)
        {
            var limit = Math.Min(message.Length, end + MaxQuotedLength);
            var closing = message[end..limit].IndexOf('"');
            if (closing >= 0)
            {
                spansSeparators = true;
                end += closing + 1;
                while (end < message.Length && !IsSeparator(message[end]))
                {
                    end++;
                }
            }
        }

        return end;
    }

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

        if (IsCalendarName(token))
        {
            destination[0] = Variable;
            return 1;
        }

        var written = 0;
        var position = 0;
        while (position < token.Length)
        {
            if (token[position] == '"' && QuotedText(token, position) is var quoted and > 0)
            {
                destination[written++] = '"';
                destination[written++] = Variable;
                destination[written++] = '"';
                position += quoted;
                continue;
            }

            if (IsPunctuation(token[position]))
            {
                destination[written++] = token[position++];
                continue;
            }

            var segmentEnd = SegmentEnd(token, position, out var hasDigit);
            hasDigit |= IsLiteral(token[position..segmentEnd]);
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
                // After a number, a name joined by a dot, underscore or colon belongs to the same value
                // (5.36.59.76.dynamic-dsl.example.net, 9_piece0); other punctuation needs digits to continue.
                if (!nextHasDigit && !(next - runEnd == 1 && token[runEnd] is '.' or '_' or ':'))
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

    // A quoted string with a space in it is free text: a variable. Returns the length including both quotes, or 0.
    private static int QuotedText(ReadOnlySpan<char> token, int start)
    {
        var closing = token[(start + 1)..].IndexOf('"');
        if (closing < 0)
        {
            return 0;
        }

        var content = token.Slice(start + 1, closing);
        foreach (var c in content)
        {
            if (IsSeparator(c))
            {
                return closing + 2;
            }
        }

        return 0;
    }

    // Values that are never part of an event's wording: booleans and null.
    private static bool IsLiteral(ReadOnlySpan<char> segment) =>
        segment.Equals("true", StringComparison.OrdinalIgnoreCase)
        || segment.Equals("false", StringComparison.OrdinalIgnoreCase)
        || segment.Equals("null", StringComparison.OrdinalIgnoreCase);

    // Day and month names belong to dates written out in a message ("at Fri Jun 17 07:07:00 2005").
    private static bool IsCalendarName(ReadOnlySpan<char> token)
    {
        token = token.TrimEnd(",.");
        if (token.Length != 3)
        {
            return false;
        }

        foreach (var name in CalendarNames)
        {
            if (token.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CalendarNames =
    [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

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
