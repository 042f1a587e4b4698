using System.Text.RegularExpressions;

namespace Hindsight.Import.Internal;

/// <summary>A "Label: rest" line ("**Impact**: 80% of users", "Root Cause:", "**TIMELINE**;").</summary>
/// <param name="Text">The label without markup or colon.</param>
/// <param name="Rest">What follows the label on the same line, as written.</param>
/// <param name="RestIndex">Where <paramref name="Rest"/> starts in the line content.</param>
internal sealed partial record Label(string Text, string Rest, int RestIndex)
{
    public bool IsAlone => !TextCleaner.HasWords(TextCleaner.Plain(SectionVocabulary.StripFootnotes(Rest)));

    public static Label? Parse(string content)
    {
        var colon = content.AsSpan(0, Math.Min(content.Length, 90)).IndexOfAny(':', ';');
        var match = colon > 0 ? LabelPattern().Match(content) : System.Text.RegularExpressions.Match.Empty;
        if (match.Success)
        {
            var label = match.Groups["label"].Value.Trim();
            if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7)
            {
                var rest = match.Groups["rest"];
                return new Label(label, rest.Value, rest.Index);
            }
        }

        // A line that is only a known section name ("Issue Summary", "**TIMELINE**") is a label without a colon.
        var withoutFootnotes = SectionVocabulary.StripFootnotes(content);
        if (withoutFootnotes.Length > 80)
        {
            return null;
        }

        if (withoutFootnotes.TrimStart().StartsWith('[') && withoutFootnotes.TrimEnd().EndsWith(')') && withoutFootnotes.Contains("](", StringComparison.Ordinal))
        {
            // "- [Tasks](#tasks)": a table of contents points at sections; it opens none.
            return null;
        }

        var plain = TextCleaner.Plain(withoutFootnotes).TrimEnd('.', ' ');
        return plain.Length is > 0 and <= 60 && SectionVocabulary.Classify(plain, strict: true) != ImportedSectionKind.Other
            ? new Label(plain, "", content.Length)
            : null;
    }

    [GeneratedRegex(@"^(?:\*\*|__|\*|_)?\s*(?:[•·]\s*)?(?<label>[A-Za-z][A-Za-z0-9 /&'’()\-]{0,70}?)\s*(?:\*\*|__|\*|_)?\s*(?::-|:|;)(?!\d)\s*(?:\*\*|__|\*|_)?(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LabelPattern();
}
