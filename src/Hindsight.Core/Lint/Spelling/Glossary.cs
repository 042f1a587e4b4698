using System.Reflection;
using System.Text.RegularExpressions;

namespace Hindsight.Lint.Spelling;

/// <summary>
/// The words the spell checker accepts besides its dictionary: the technical vocabulary of operations work (shipped
/// with Hindsight), the configuration's glossary, and the document's own words (its front matter, services, tags,
/// participants, and every word it writes as code).
/// </summary>
internal static partial class Glossary
{
    private static readonly Lazy<HashSet<string>> Technical = new(LoadTechnical);

    public static HashSet<string> For(LintDocument document, LintOptions options)
    {
        var words = new HashSet<string>(Technical.Value, StringComparer.OrdinalIgnoreCase);
        words.UnionWith(options.Glossary);
        for (var line = 1; line <= document.Lines.Count; line++)
        {
            var raw = document.Lines[line - 1];
            var prose = document.Prose(line);
            if (line <= document.FrontMatterEndLine || !raw.Equals(prose, StringComparison.Ordinal))
            {
                // Words hidden from the prose (front matter, code, URLs, file names) are the document's own vocabulary.
                foreach (Match match in Word().Matches(Hidden(raw, prose, line <= document.FrontMatterEndLine)))
                {
                    words.Add(match.Value);
                }
            }
        }

        if (document.Model is { } model)
        {
            foreach (var phrase in model.AffectedServices.Concat(model.Tags).Concat(model.Participants.Select(participant => participant.Name ?? "")))
            {
                foreach (Match match in Word().Matches(phrase))
                {
                    words.Add(match.Value);
                }
            }
        }

        return words;
    }

    private static string Hidden(string raw, string prose, bool whole)
    {
        if (whole)
        {
            return raw;
        }

        var chars = raw.ToCharArray();
        for (var i = 0; i < chars.Length && i < prose.Length; i++)
        {
            if (prose[i] == raw[i])
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static HashSet<string> LoadTechnical()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Hindsight.Lint.Spelling.technical-words.txt")
            ?? throw new InvalidOperationException("The technical glossary resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return words;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex Word();
}
