namespace Hindsight.Import.Internal;

internal sealed partial class ImportSession
{
    private static int FirstContentLine(IEnumerable<Segment> segments) =>
        segments.SelectMany(segment => segment.Lines).FirstOrDefault(line => !line.IsBlank)?.Number ?? 0;

    /// <summary>The segments' text as paragraphs: lines of one paragraph joined by spaces, paragraphs by a blank line.</summary>
    private static string? JoinParagraphs(IEnumerable<Segment> segments)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var segment in segments)
        {
            if (segment.Inline)
            {
                Flush();
            }

            var stripLabel = segment.Inline && segment.Kind != ImportedSectionKind.Duration;
            foreach (var original in segment.Lines)
            {
                var line = original;
                if (stripLabel && ReferenceEquals(original, segment.Lines[0]) && Label.Parse(original.Content) is { } label)
                {
                    line = original with { Content = TextCleaner.UnwrapEmphasis(SectionVocabulary.StripFootnotes(label.Rest).Trim().TrimStart('*', '_', ' ')), Kind = LineKind.Text };
                }

                if (line.IsBlank || line.Kind == LineKind.Decoration)
                {
                    Flush();
                    continue;
                }

                if (line.Kind is LineKind.ListItem or LineKind.Heading)
                {
                    Flush();
                }

                current.Add(line.Kind == LineKind.ListItem ? "- " + line.Content : line.Kind == LineKind.Code ? line.Raw : line.Content);
            }
        }

        Flush();
        return paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : null;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(TextCleaner.Collapse(string.Join(' ', current)));
                current.Clear();
            }
        }
    }
}
