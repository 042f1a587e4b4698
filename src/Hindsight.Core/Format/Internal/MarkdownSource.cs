using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>The body of a post-mortem file and where it starts, so blocks can be sliced back to text and located by file line.</summary>
internal sealed class MarkdownSource(string text, int firstLine)
{
    public string Text { get; } = text;

    /// <summary>The 1-based file line of <paramref name="block"/>.</summary>
    public int LineOf(Block block) => firstLine + block.Line;

    /// <summary>The text of <paramref name="block"/> exactly as written.</summary>
    public string Slice(Block block) => block.Span.IsEmpty ? "" : Slice(block, block);

    /// <summary>The text from the start of <paramref name="first"/> to the end of <paramref name="last"/>, exactly as written.</summary>
    public string Slice(Block first, Block last)
    {
        // Markdig can end a block's span past the end of the text (a list whose item opens an HTML comment that never closes).
        var start = Math.Clamp(first.Span.Start, 0, Text.Length);
        var end = Math.Clamp(last.Span.End + 1, start, Text.Length);
        return Text[start..end];
    }

    /// <summary>A paragraph's lines trimmed and joined by single spaces: how list-item text is read.</summary>
    public string Flatten(Block block) => Inline.Normalise(Slice(block));
}
