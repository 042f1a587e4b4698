using System.Globalization;
using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>Reports every occurrence of a set of phrases in the prose (code, URLs and front matter excluded).</summary>
internal static class PhraseScanner
{
    public static void Scan(LintContext context, IReadOnlyList<LanguagePattern> patterns, Func<Match, int, bool>? accept = null)
    {
        var document = context.Document;
        for (var line = document.FrontMatterEndLine + 1; line <= document.ProseLines.Count; line++)
        {
            var prose = document.Prose(line);
            if (prose.Trim().Length == 0)
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                foreach (Match match in pattern.Pattern.Matches(prose))
                {
                    if (accept is not null && !accept(match, line))
                    {
                        continue;
                    }

                    var phrase = match.Groups["phrase"].Success ? match.Groups["phrase"] : (Group)match;
                    context.Report(
                        line,
                        phrase.Index + 1,
                        string.Format(CultureInfo.InvariantCulture, pattern.Message, phrase.Value),
                        pattern.Suggestion);
                }
            }
        }
    }
}
