namespace Hindsight.Logs.Formats;

/// <summary>
/// Finds where the message starts after a timestamp in the many "timestamp, then a few header fields" layouts
/// (log4j, logback, Python logging, Hadoop, HDFS, Spark, Zookeeper, OpenStack): skips a pid, a level, bracketed
/// thread or request ids, a logger name that ends with ':' or is followed by " - " or a bracket, and " - " separators.
/// </summary>
internal static class HeaderScanner
{
    private const int MaxHeaderTokens = 8;
    private const int MaxQualifierLength = 8;

    public static void Scan(ReadOnlySpan<char> line, int position, ref ParsedLine result)
    {
        var levelSeen = false;
        for (var token = 0; token < MaxHeaderTokens; token++)
        {
            position = Chars.SkipSpaces(line, position);
            if (position >= line.Length)
            {
                break;
            }

            if (line[position] == '[')
            {
                var close = Chars.BracketEnd(line, position);
                if (close < 0)
                {
                    break;
                }

                var inner = line[(position + 1)..(close - 1)];
                if (!levelSeen && LogSeverityNames.Parse(inner.Trim()) is var bracketLevel and not LogSeverity.None)
                {
                    result.Severity = bracketLevel;
                    levelSeen = true;
                }

                position = close;
                if (position < line.Length && line[position] == ':')
                {
                    position++;
                    break;
                }

                continue;
            }

            var end = Chars.TokenEnd(line, position);
            var word = line[position..end];
            if (word is "-" or "|")
            {
                position = end;
                if (levelSeen)
                {
                    break;
                }

                continue;
            }

            var core = word.TrimEnd(':');
            if (!levelSeen && LogSeverityNames.Parse(core) is var level and not LogSeverity.None)
            {
                result.Severity = level;
                levelSeen = true;
                position = end;
                if (word[^1] == ':')
                {
                    break;
                }

                continue;
            }

            if (word.Length > 1 && word[^1] == ':' && IsName(core))
            {
                position = end;
                break;
            }

            if (!levelSeen && Chars.CountDigits(word, 0) == word.Length)
            {
                position = end;
                continue;
            }

            if (IsName(word) && NextIsSeparatorOrBracket(line, end))
            {
                position = end;
                continue;
            }

            if (IsName(word) && QualifierBeforeSeparator(line, end) is var qualifierEnd and > 0)
            {
                // "chrome.exe *64 - ...", "worker (3) - ...": a program and a short tag of its instance.
                position = qualifierEnd;
                continue;
            }

            break;
        }

        result.SetContentFrom(line, position);
    }

    private static bool NextIsSeparatorOrBracket(ReadOnlySpan<char> line, int end)
    {
        var next = Chars.SkipSpaces(line, end);
        if (next == end || next >= line.Length)
        {
            return false;
        }

        return line[next] == '[' || (line[next] == '-' && (next + 1 == line.Length || line[next + 1] == ' '));
    }

    // The end of a short token without letters ("*64", "(3)", "#2") that a " - " separator follows, or 0.
    private static int QualifierBeforeSeparator(ReadOnlySpan<char> line, int end)
    {
        var start = Chars.SkipSpaces(line, end);
        if (start == end || start >= line.Length)
        {
            return 0;
        }

        var qualifierEnd = Chars.TokenEnd(line, start);
        var qualifier = line[start..qualifierEnd];
        if (qualifier.Length > MaxQualifierLength || qualifier.ContainsAnyInRange('A', 'Z') || qualifier.ContainsAnyInRange('a', 'z')
            || qualifier is "-" or "|" || !NextIsSeparatorOrBracket(line, qualifierEnd) || line[Chars.SkipSpaces(line, qualifierEnd)] != '-')
        {
            return 0;
        }

        return qualifierEnd;
    }

    /// <summary>A logger, component or thread name: letters, digits and <c>._$-/@#&lt;&gt;()</c>, at least one letter.</summary>
    private static bool IsName(ReadOnlySpan<char> word)
    {
        var letter = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letter = true;
            }
            else if (!Chars.IsDigit(c) && c is not ('.' or '_' or '$' or '-' or '/' or '@' or '#' or '<' or '>' or '(' or ')'))
            {
                return false;
            }
        }

        return letter;
    }
}
