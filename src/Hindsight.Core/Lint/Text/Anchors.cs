namespace Hindsight.Lint.Text;

/// <summary>Where to point a finding about something that is missing from a document.</summary>
internal static class Anchors
{
    /// <summary>The heading of the first section of one of <paramref name="kinds"/>, else the title, else the first text line.</summary>
    public static TextPosition SectionOrTitle(LintDocument document, params SectionKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            var heading = document.Outline.Headings.FirstOrDefault(candidate => candidate.Kind == kind);
            if (heading is not null)
            {
                return new TextPosition(heading.Line, heading.Column);
            }
        }

        return FirstText(document);
    }

    /// <summary>The first line with text after the front matter.</summary>
    public static TextPosition FirstText(LintDocument document)
    {
        var title = document.Outline.Headings.FirstOrDefault(heading => heading.Kind == SectionKind.Title);
        if (title is not null)
        {
            return new TextPosition(title.Line, title.Column);
        }

        for (var line = document.FrontMatterEndLine + 1; line <= document.Lines.Count; line++)
        {
            var prose = document.Prose(line);
            if (prose.Trim().Length > 0)
            {
                return new TextPosition(line, prose.Length - prose.TrimStart().Length + 1);
            }
        }

        return new TextPosition(1, 1);
    }
}
