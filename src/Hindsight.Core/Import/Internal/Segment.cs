namespace Hindsight.Import.Internal;

/// <summary>A run of lines that hold one kind of content (a section, or a labelled field inside one).</summary>
internal sealed class Segment(ImportedSectionKind kind, string heading, int headingLine)
{
    public ImportedSectionKind Kind { get; } = kind;

    public string Heading { get; } = heading;

    /// <summary>The line of the heading or label; 0 for the preamble.</summary>
    public int HeadingLine { get; } = headingLine;

    /// <summary>Whether the segment was opened by an inline label ("Impact: 80% of users") and ends with its paragraph.</summary>
    public bool Inline { get; init; }

    /// <summary>Whether the segment is one table (an action-item table outside the measures section) and ends with it.</summary>
    public bool TableOnly { get; init; }

    /// <summary>Whether the segment comes after the document's title heading (text under the title is a summary).</summary>
    public bool AfterTitle { get; init; }

    public List<SourceLine> Lines { get; } = [];

    public int LastLine => Lines.Count > 0 ? Lines[^1].Number : HeadingLine;

    public bool HasContent => Lines.Exists(line => !line.IsBlank);
}
