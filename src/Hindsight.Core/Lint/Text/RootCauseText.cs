using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>The root-cause analysis of free Markdown: its sections, and the sentences that name "the root cause" elsewhere.</summary>
internal sealed partial class RootCauseText
{
    private RootCauseText(IReadOnlyList<int> lines, string text, TextPosition anchor, IReadOnlyList<(TextPosition Position, string Statement)> statements, bool hasFactorList)
    {
        Lines = lines;
        Text = text;
        Anchor = anchor;
        Statements = statements;
        HasFactorList = hasFactorList;
    }

    /// <summary>The lines of the root-cause and contributing-factor sections.</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>Their prose joined with spaces.</summary>
    public string Text { get; }

    /// <summary>Where to point a finding about the analysis as a whole.</summary>
    public TextPosition Anchor { get; }

    /// <summary>Each statement of what the root cause is: the start of each root-cause section, and "the root cause was ..." sentences.</summary>
    public IReadOnlyList<(TextPosition Position, string Statement)> Statements { get; }

    /// <summary>Whether the document lists contributing factors or several causes.</summary>
    public bool HasFactorList { get; }

    public bool IsEmpty => Lines.Count == 0 && Statements.Count == 0;

    public static RootCauseText Read(LintDocument document) => document.Derived(nameof(RootCauseText), Compute);

    private static RootCauseText Compute(LintDocument document)
    {
        var outline = document.Outline;
        var lines = outline.LinesOf(SectionKind.RootCause).Concat(outline.LinesOf(SectionKind.ContributingFactors)).Order().ToList();
        var text = string.Join(' ', lines.Select(line => document.Prose(line).Trim()));
        var statements = new List<(TextPosition, string)>();
        foreach (var heading in outline.Headings.Where(heading => heading.Kind == SectionKind.RootCause))
        {
            var first = FirstContent(document, heading);
            if (first is { } found && !statements.Any(statement => statement.Item1 == found.Item1))
            {
                statements.Add(found);
            }
        }

        for (var line = document.FrontMatterEndLine + 1; line <= document.ProseLines.Count; line++)
        {
            var match = RootCauseSentence().Match(document.Prose(line));
            if (match.Success && !statements.Any(statement => statement.Item1.Line == line))
            {
                statements.Add((new TextPosition(line, match.Groups["cause"].Index + 1), match.Groups["cause"].Value));
            }
        }

        var items = lines.Count(line => ListItem().IsMatch(document.Lines[line - 1]));
        var hasFactorList = outline.Has(SectionKind.ContributingFactors) || items >= 2 || SeveralCauses().IsMatch(text);
        var anchorHeading = outline.Headings.FirstOrDefault(heading => heading.Kind == SectionKind.RootCause)
            ?? outline.Headings.FirstOrDefault(heading => heading.Kind == SectionKind.ContributingFactors);
        var anchor = anchorHeading is not null ? new TextPosition(anchorHeading.Line, anchorHeading.Column)
            : statements.Count > 0 ? statements[0].Item1 : TextPosition.Document;
        return new RootCauseText(lines, text, anchor, statements, hasFactorList);
    }

    private static (TextPosition, string)? FirstContent(LintDocument document, SectionHeading heading)
    {
        if (heading.InlineContentColumn > 0)
        {
            var prose = document.Prose(heading.Line);
            return CausePart(new TextPosition(heading.Line, heading.InlineContentColumn), FirstSentence(prose[(heading.InlineContentColumn - 1)..]));
        }

        for (var line = heading.Line + 1; line <= document.ProseLines.Count && document.Outline.KindOf(line) == SectionKind.RootCause; line++)
        {
            var prose = document.Prose(line);
            var start = prose.Length - prose.TrimStart().Length;
            var content = prose.Trim().TrimStart('-', '*', '+', '•').Trim();
            if (content.Length > 0 && document.Outline.HeadingAt(line) is null)
            {
                return CausePart(new TextPosition(line, prose.IndexOf(content, start, StringComparison.Ordinal) + 1), FirstSentence(content));
            }
        }

        return null;
    }

    private static string FirstSentence(string text)
    {
        var trimmed = text.Trim();
        var end = SentenceEnd().Match(trimmed);
        return end.Success ? trimmed[..end.Index] : trimmed;
    }

    /// <summary>For "the root cause of the outage was X", the statement is X, not the words before it.</summary>
    private static (TextPosition, string) CausePart(TextPosition position, string sentence)
    {
        var match = RootCauseSentence().Match(sentence);
        return match.Success
            ? (position with { Column = position.Column + match.Groups["cause"].Index }, match.Groups["cause"].Value)
            : (position, sentence);
    }

    [GeneratedRegex(@"\broot cause(?: of [^.]{1,60}?)?\s+(?:was|is|has been|came from)\s+(?:(?:identified|determined|found|traced back|traced|believed)\s+(?:as|to be|to)\s+)?(?<cause>[^.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootCauseSentence();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\d+[.)])\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b(?:combination of|contributing|factors|compounded|exacerbat\w*|additionally|in addition|as well as|on top of|together with|coupled with|also)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveralCauses();

    [GeneratedRegex(@"(?<=[a-z0-9)""'])[.!?](?:\s|$)", RegexOptions.None)]
    private static partial Regex SentenceEnd();
}
