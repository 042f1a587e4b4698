using System.Text.RegularExpressions;

namespace Hindsight.Lint.Spelling;

/// <summary>
/// Picks the words worth spell-checking out of prose: it skips identifiers (digits, underscores, inner capitals),
/// acronyms, hostnames and file names, numbers with units, bracketed tags (<c>[emerg]</c>), and very short words.
/// </summary>
internal static partial class WordExtractor
{
    public static IEnumerable<WordToken> Extract(string prose, int line)
    {
        var quoted = QuotedSpans(prose);
        foreach (Match match in Token().Matches(prose))
        {
            var token = match.Value;
            if (token.Any(char.IsDigit) || token.Contains('_', StringComparison.Ordinal) || token.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var offset = 0;
            foreach (var part in token.Split('/'))
            {
                var word = TrimPossessive(part.Trim('\'', '’'));
                var column = match.Index + offset + part.IndexOf(word, StringComparison.Ordinal) + 1;
                offset += part.Length + 1;
                if (word.Length < 3 || IsIdentifierOrAcronym(word) || quoted[column - 1] || IsBracketedTag(prose, match))
                {
                    continue;
                }

                yield return new WordToken(line, column, word, StartsSentence(prose, column - 1));
            }
        }
    }

    // "[emerg]", "[warn]": a tag a program printed (a log level, a module), not the author's word; a link's text
    // ("[the status page](url)") is prose and is checked.
    private static bool IsBracketedTag(string prose, Match match)
    {
        var end = match.Index + match.Length;
        return match.Index > 0 && prose[match.Index - 1] == '[' && end < prose.Length && prose[end] == ']'
            && (end + 1 == prose.Length || prose[end + 1] != '(');
    }

    private static string TrimPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>All capitals (HTTP, DDOS), or a capital after the first letter (BooktifuL, PostHog, iPhone).</summary>
    private static bool IsIdentifierOrAcronym(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    // A quoted word is usually a literal (a file name, a log message, an error string) rather than the author's prose.
    private static bool[] QuotedSpans(string prose)
    {
        var quoted = new bool[prose.Length + 1];
        var straight = false;
        var curly = false;
        for (var i = 0; i < prose.Length; i++)
        {
            straight ^= prose[i] == '"';
            curly = prose[i] == '“' || (curly && prose[i] != '”');
            quoted[i] = straight || curly;
        }

        return quoted;
    }

    private static bool StartsSentence(string prose, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = prose[i];
            if (char.IsWhiteSpace(c) || c is '*' or '_' or '"' or '“' or '(' or '[' or '#' or '>' or '-' or '+' or '•' or '|')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or ';' || char.IsDigit(c);
        }

        return true;
    }

    [GeneratedRegex(@"(?<![\w@#$%&/\\.-])[\p{L}][\p{L}\p{N}_'’.\-/]*[\p{L}\p{N}]|(?<![\w@#$%&/\\.-])[\p{L}]")]
    private static partial Regex Token();
}
