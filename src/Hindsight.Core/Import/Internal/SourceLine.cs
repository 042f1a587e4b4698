namespace Hindsight.Import.Internal;

/// <summary>One line of the document with its role and its content.</summary>
/// <param name="Number">1-based line number in the original file.</param>
/// <param name="Raw">The line exactly as written.</param>
/// <param name="Kind">Its structural role.</param>
/// <param name="Content">The text without list marker, heading marker, quote marker, HTML tags or indentation; emphasis kept.</param>
/// <param name="Level">Heading level (1-6) for headings; 0 otherwise.</param>
/// <param name="Depth">List nesting depth (1 for a top-level item or its continuation); 0 outside lists.</param>
/// <param name="Indent">Leading whitespace width of the raw line (a tab counts 4).</param>
internal sealed record SourceLine(int Number, string Raw, LineKind Kind, string Content, int Level, int Depth, int Indent)
{
    public bool IsBlank => Kind == LineKind.Blank || Content.Length == 0;

    /// <summary>Whether the line is a ticked task-list item (<c>- [x] ...</c>).</summary>
    public bool Checked { get; init; }
}
