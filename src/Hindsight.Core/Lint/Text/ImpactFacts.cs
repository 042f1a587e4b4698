namespace Hindsight.Lint.Text;

/// <summary>Finds the figures that quantify an incident's impact in free Markdown.</summary>
internal static class ImpactFacts
{
    /// <summary>The first impact figure in the impact, summary or duration parts, or on a line about who was affected.</summary>
    public static TextPosition? FirstFigure(LintDocument document)
    {
        for (var line = document.FrontMatterEndLine + 1; line <= document.ProseLines.Count; line++)
        {
            var kind = document.Outline.KindOf(line);
            var prose = document.Prose(line);
            var relevant = kind is SectionKind.Impact or SectionKind.Summary or SectionKind.Duration or SectionKind.Title or SectionKind.None
                || Vocabulary.ImpactWords().IsMatch(prose);
            if (!relevant)
            {
                continue;
            }

            var match = Vocabulary.ImpactFigure().Match(prose);
            if (match.Success)
            {
                return new TextPosition(line, match.Index + 1);
            }
        }

        return null;
    }
}
