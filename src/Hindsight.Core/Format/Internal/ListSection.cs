using Hindsight.Diagnostics;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>The items of a section that holds only a list (Timeline, Contributing factors); anything else is an error naming where it belongs.</summary>
internal static class ListSection
{
    public static IEnumerable<ListItemBlock> Items(IReadOnlyList<Block> blocks, MarkdownSource source, DiagnosticBag diagnostics, string outsideListMessage)
    {
        foreach (var block in blocks)
        {
            if (block is HtmlBlock { Type: HtmlBlockType.Comment })
            {
                continue;
            }

            if (block is not ListBlock list)
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, outsideListMessage, source.LineOf(block));
                continue;
            }

            foreach (var item in list.OfType<ListItemBlock>())
            {
                yield return item;
            }
        }
    }
}
