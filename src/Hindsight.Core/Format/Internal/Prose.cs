using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>Reads the Markdown of a prose section exactly as written, leaving out the guidance comments a template puts around it.</summary>
internal static class Prose
{
    public static string? Read(IReadOnlyList<Block> blocks, MarkdownSource source)
    {
        var content = blocks.Where(block => block is not HtmlBlock { Type: HtmlBlockType.Comment }).ToList();
        if (content.Count == 0)
        {
            return null;
        }

        var text = source.Slice(content[0], content[^1]).Trim();
        return text.Length == 0 ? null : text;
    }
}
