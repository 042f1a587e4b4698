namespace Hindsight.Logs.Formats;

/// <summary>Small span helpers for the line parsers: digits, month names, tokens. No allocation, no regex.</summary>
internal static class Chars
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Reads exactly <paramref name="count"/> digits at <paramref name="position"/>.</summary>
    public static bool TryDigits(ReadOnlySpan<char> text, int position, int count, out int value)
    {
        value = 0;
        if ((uint)position > (uint)text.Length || text.Length - position < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var digit = text[position + i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>Reads one or two digits (a day written " 4" or "4" or "04"); returns how many characters it used.</summary>
    public static int TryOneOrTwoDigits(ReadOnlySpan<char> text, int position, out int value)
    {
        value = 0;
        if (position >= text.Length || !IsDigit(text[position]))
        {
            return 0;
        }

        value = text[position] - '0';
        if (position + 1 < text.Length && IsDigit(text[position + 1]))
        {
            value = (value * 10) + text[position + 1] - '0';
            return 2;
        }

        return 1;
    }

    /// <summary>Counts the digits from <paramref name="position"/>.</summary>
    public static int CountDigits(ReadOnlySpan<char> text, int position)
    {
        var end = position;
        while (end < text.Length && IsDigit(text[end]))
        {
            end++;
        }

        return end - position;
    }

    /// <summary>Reads an English three-letter month abbreviation (case-insensitive), 1..12.</summary>
    public static bool TryMonth(ReadOnlySpan<char> text, int position, out int month)
    {
        month = 0;
        if (text.Length - position < 3)
        {
            return false;
        }

        var key = Key(text, position);
        month = key switch
        {
            ('j' << 16) | ('a' << 8) | 'n' => 1,
            ('f' << 16) | ('e' << 8) | 'b' => 2,
            ('m' << 16) | ('a' << 8) | 'r' => 3,
            ('a' << 16) | ('p' << 8) | 'r' => 4,
            ('m' << 16) | ('a' << 8) | 'y' => 5,
            ('j' << 16) | ('u' << 8) | 'n' => 6,
            ('j' << 16) | ('u' << 8) | 'l' => 7,
            ('a' << 16) | ('u' << 8) | 'g' => 8,
            ('s' << 16) | ('e' << 8) | 'p' => 9,
            ('o' << 16) | ('c' << 8) | 't' => 10,
            ('n' << 16) | ('o' << 8) | 'v' => 11,
            ('d' << 16) | ('e' << 8) | 'c' => 12,
            _ => 0,
        };
        return month != 0;
    }

    /// <summary>Whether a three-letter English weekday abbreviation starts at <paramref name="position"/>.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> text, int position)
    {
        if (text.Length - position < 3)
        {
            return false;
        }

        // One key compare instead of seven case-insensitive string compares: this runs for every syslog line.
        return Key(text, position) is (('m' << 16) | ('o' << 8) | 'n') or (('t' << 16) | ('u' << 8) | 'e') or (('w' << 16) | ('e' << 8) | 'd')
            or (('t' << 16) | ('h' << 8) | 'u') or (('f' << 16) | ('r' << 8) | 'i') or (('s' << 16) | ('a' << 8) | 't')
            or (('s' << 16) | ('u' << 8) | 'n');
    }

    /// <summary>The end (exclusive) of the space-delimited token starting at <paramref name="position"/>.</summary>
    public static int TokenEnd(ReadOnlySpan<char> text, int position)
    {
        var index = text[position..].IndexOfAny(' ', '\t');
        return index < 0 ? text.Length : position + index;
    }

    /// <summary>The first position at or after <paramref name="position"/> that is not a space or tab.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && (text[position] == ' ' || text[position] == '\t'))
        {
            position++;
        }

        return position;
    }

    /// <summary>The position just after the bracket group opened at <paramref name="position"/>, nesting respected; -1 if unclosed.</summary>
    public static int BracketEnd(ReadOnlySpan<char> text, int position, char open = '[', char close = ']')
    {
        var depth = 0;
        for (var i = position; i < text.Length; i++)
        {
            if (text[i] == open)
            {
                depth++;
            }
            else if (text[i] == close && --depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }

    // Three ASCII letters, lower-cased, as one number; 0 when any of them is not ASCII (they would overlap).
    private static int Key(ReadOnlySpan<char> text, int position)
    {
        var (a, b, c) = (text[position], text[position + 1], text[position + 2]);
        return (a | b | c) > 0x7F ? 0 : (Lower(a) << 16) | (Lower(b) << 8) | Lower(c);
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
