using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// Replaces the variable parts of one token by <see cref="MessageMasker.Variable"/>; called only for the tokens that
/// the first pass of <see cref="MessageMasker"/> found to hold a digit, a quote or a literal.
/// </summary>
/// <remarks>
/// One rule covers most variable kinds: a token is cut into segments at punctuation, and every segment that holds a
/// digit starts a variable run that swallows the following digit-bearing segments (and a name joined to a number by a
/// dot, underscore or colon). Numbers, IPv4/IPv6 addresses with ports, hex ids, UUIDs, durations (<c>12ms</c>), dates
/// and times, block ids (<c>blk_-42</c> → <c>blk_*</c>), numbered host names and versions all fall out of it. Tokens
/// with two or more path separators are paths or URLs and become one variable. Booleans and null, day and month
/// names, and quoted text with spaces are variables too (the message masker keeps a leading keyword such as an HTTP
/// method as a token of its own, and joins a unit written after a number to it).
/// </remarks>
internal static class TokenMasker
{
    private const int MaxKeywordLength = 7;

    /// <summary>
    /// Writes the masked token into <paramref name="destination"/> and returns its length. Paths and calendar names
    /// are the caller's business: it knows them from its first pass over the token.
    /// </summary>
    public static int MaskSegments(ReadOnlySpan<char> token, Span<char> destination, out bool hasVariable)
    {
        hasVariable = false;
        var written = 0;
        var position = 0;
        while (position < token.Length)
        {
            if (token[position] == '"' && QuotedText(token, position) is var quoted and > 0)
            {
                destination[written++] = '"';
                destination[written++] = MessageMasker.Variable;
                destination[written++] = '"';
                hasVariable = true;
                position += quoted;
                continue;
            }

            if (IsPunctuation(token[position]))
            {
                // "<1", ">90", "~5": a bound or an estimate is still the number's value.
                if (position == 0 && token[0] is '<' or '>' or '~' && token.Length > 1 && char.IsAsciiDigit(token[1]))
                {
                    position++;
                    continue;
                }

                destination[written++] = token[position++];
                continue;
            }

            var segmentEnd = SegmentEnd(token, position, out var hasDigit);
            if (!hasDigit && !IsLiteral(token[position..segmentEnd]))
            {
                token[position..segmentEnd].CopyTo(destination[written..]);
                written += segmentEnd - position;
                position = segmentEnd;
                continue;
            }

            destination[written++] = MessageMasker.Variable;
            hasVariable = true;
            position = hasDigit ? RunEnd(token, segmentEnd) : segmentEnd;
        }

        return written;
    }

    // A variable run keeps absorbing "punctuation + digit-bearing segment", so that 10.0.0.1:8080 is one variable;
    // after a number, a name joined by one dot, underscore or colon belongs to the same value
    // (5.36.59.76.dsl.example.net, broadcast_9_piece0).
    private static int RunEnd(ReadOnlySpan<char> token, int runEnd)
    {
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
            if (!nextHasDigit && !(next - runEnd == 1 && token[runEnd] is '.' or '_' or ':'))
            {
                break;
            }

            runEnd = nextEnd;
        }

        return runEnd;
    }

    // A quoted string with a space in it is free text: a variable. Returns the length including both quotes, or 0.
    private static int QuotedText(ReadOnlySpan<char> token, int start)
    {
        var closing = token[(start + 1)..].IndexOf('"');
        if (closing < 0)
        {
            return 0;
        }

        foreach (var c in token.Slice(start + 1, closing))
        {
            if (MessageMasker.IsSeparator(c))
            {
                return closing + 2;
            }
        }

        return 0;
    }

    // A quoted text that opens with a word of three to seven capitals and a space names the kind of request (HTTP
    // methods, SQL statements): returns that word's length, or 0.
    public static int KeywordLength(ReadOnlySpan<char> quoted)
    {
        var length = 0;
        while (length < quoted.Length && length <= MaxKeywordLength && char.IsAsciiLetterUpper(quoted[length]))
        {
            length++;
        }

        return length is >= 3 and <= MaxKeywordLength && length < quoted.Length && quoted[length] == ' ' ? length : 0;
    }

    // Units of size and time that follow a number as a word of their own ("403 bytes", "<1 sec", "(18.4 KB)"): the
    // quantity is one value whatever unit it is written in, and whether or not it is given twice.
    private static readonly string[] Units =
    [
        "B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "byte", "bytes",
        "ns", "us", "µs", "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours",
    ];

    /// <summary>
    /// The length of the unit <paramref name="token"/> starts with, when nothing but punctuation follows it (a comma,
    /// a closing parenthesis); 0 when the token is not a unit. Units of one letter must match case.
    /// </summary>
    public static int UnitLength(ReadOnlySpan<char> token)
    {
        var length = 0;
        while (length < token.Length && char.IsLetter(token[length]))
        {
            length++;
        }

        if (length is 0 or > 7 || !IsAllPunctuation(token[length..]))
        {
            return 0;
        }

        var word = token[..length];
        foreach (var unit in Units)
        {
            if (word.Equals(unit, length == 1 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                return length;
            }
        }

        return 0;
    }

    // Values that are never part of an event's wording: booleans and null.
    public static bool IsLiteral(ReadOnlySpan<char> segment) =>
        segment.Length is 4 or 5
        && (segment[0] | 0x20) is 't' or 'f' or 'n'
        && (segment.Equals("true", StringComparison.OrdinalIgnoreCase)
            || segment.Equals("false", StringComparison.OrdinalIgnoreCase)
            || segment.Equals("null", StringComparison.OrdinalIgnoreCase));

    // Day and month names belong to dates written out in a message ("at Fri Jun 17 07:07:00 2005").
    public static bool IsCalendarName(ReadOnlySpan<char> token)
    {
        if (token.Length == 4 && token[3] is ',' or '.')
        {
            token = token[..3];
        }

        return token.Length == 3 && (Chars.IsWeekday(token, 0) || Chars.TryMonth(token, 0, out _));
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

    private static bool IsPunctuation(char c) => (TokenClasses.Of(c) & TokenClass.Punctuation) != 0;

    private static bool IsAllPunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }
}
