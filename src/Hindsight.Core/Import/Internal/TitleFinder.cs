namespace Hindsight.Import.Internal;

/// <summary>
/// Finds the incident title: the first heading (or the first line when the document has no headings), unless it
/// names a section; a generic first heading ("Postmortem Report") directly followed by another heading yields to it,
/// and a first heading that names a section yields to a wholly bold line above it. A static site's front matter
/// <c>title</c> is the title of a body without a title heading of its own: it wins over a first line or bold line,
/// which are guesses, and yields to a heading.
/// </summary>
internal static class TitleFinder
{
    private const int LongestPlainTitle = 120;

    public static (string? Title, int Line, ISet<int> ConsumedLines) Find(IReadOnlyList<SourceLine> lines, FrontMatter? frontMatter)
    {
        var found = Find(lines);
        // A site renders the front matter's title as the page's own heading, so the body's headings start at level two:
        // only a level-one heading of the body is a title of its own.
        return frontMatter?.Title is { } declared && (found.Line == 0 || lines[found.Line - 1] is not { Kind: LineKind.Heading, Level: 1 })
            ? (declared, frontMatter.TitleLine, new HashSet<int> { frontMatter.TitleLine })
            : found;
    }

    private static (string? Title, int Line, ISet<int> ConsumedLines) Find(IReadOnlyList<SourceLine> lines)
    {
        var firstHeading = -1;
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].Kind == LineKind.Heading)
            {
                firstHeading = index;
                break;
            }
        }

        return firstHeading >= 0 ? FromHeading(lines, firstHeading) : FromFirstLine(lines);
    }

    private static (string?, int, ISet<int>) FromHeading(IReadOnlyList<SourceLine> lines, int index)
    {
        var heading = lines[index];
        if (SectionVocabulary.Classify(heading.Content, strict: false) != ImportedSectionKind.Other)
        {
            // "**Postmortem: Nginx Service Outage**" above "### Issue Summary": a bold line written as the heading.
            return NextMeaningful(lines, 0) is { Kind: LineKind.Text } first && first.Number < heading.Number && IsWhollyBold(first.Content)
                ? FromFirstLine(lines)
                : (null, 0, new HashSet<int>());
        }

        var consumed = new HashSet<int> { heading.Number };
        var title = Clean(heading.Content);
        if (SectionVocabulary.IsGenericTitle(title) && NextMeaningful(lines, index + 1) is { Kind: LineKind.Heading } next
            && SectionVocabulary.Classify(next.Content, strict: false) == ImportedSectionKind.Other && Clean(next.Content).Length > 0)
        {
            consumed.Add(next.Number);
            return (Clean(next.Content), next.Number, consumed);
        }

        return (title.Length > 0 ? title : null, heading.Number, consumed);
    }

    private static (string?, int, ISet<int>) FromFirstLine(IReadOnlyList<SourceLine> lines)
    {
        var first = NextMeaningful(lines, 0);
        if (first is null || first.Kind != LineKind.Text)
        {
            return (null, 0, new HashSet<int>());
        }

        var text = Clean(first.Content);
        var looksLikeTitle = text.Length is > 0 and <= LongestPlainTitle
            && !text.Contains("://", StringComparison.Ordinal)
            && !text.EndsWith('.') && !text.EndsWith(':')
            && SectionVocabulary.Classify(text, strict: true) == ImportedSectionKind.Other
            && (Label.Parse(first.Content) is not { } label || SectionVocabulary.Classify(label.Text, strict: true) == ImportedSectionKind.Other);
        return looksLikeTitle ? (text, first.Number, new HashSet<int> { first.Number }) : (null, 0, new HashSet<int>());
    }

    private static SourceLine? NextMeaningful(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var index = start; index < lines.Count; index++)
        {
            if (lines[index].Kind is not (LineKind.Blank or LineKind.Decoration))
            {
                return lines[index];
            }
        }

        return null;
    }

    private static bool IsWhollyBold(string content)
    {
        var text = content.Trim();
        return text.Length > 4 && ((text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
            || (text.StartsWith("__", StringComparison.Ordinal) && text.EndsWith("__", StringComparison.Ordinal)))
            && !text[2..^2].Contains("**", StringComparison.Ordinal);
    }

    private static string Clean(string content) => TextCleaner.PlainAsSpaced(SectionVocabulary.StripFootnotes(content));
}
