using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>
/// Reads the action items of free Markdown: the list items (<c>-</c>, <c>*</c>, <c>1.</c>, <c>&lt;li&gt;</c>, task boxes,
/// table rows) of the corrective-measures sections, or each line when the author used no list at all.
/// </summary>
internal static partial class ActionItemReader
{
    public static IReadOnlyList<ActionItemLine> Read(LintDocument document) => document.Derived(nameof(ActionItemReader), Compute);

    private static IReadOnlyList<ActionItemLine> Compute(LintDocument document)
    {
        if (document.Imported is { Postmortem.ActionItems.Count: > 0 } imported)
        {
            // Free Markdown was imported: its measures are the importer's, so lint and import count the same items.
            // When the importer found none (measures written as prose), the lines of the measures section are read.
            return imported.Postmortem.ActionItems
                .Select(item => (Item: item, Line: imported.SourceMap.LineOf(item)))
                .Where(found => found.Line > 0)
                .Select(found => new ActionItemLine(found.Line, FirstText(document.Prose(found.Line), ItemMarker().Match(document.Lines[found.Line - 1]).Length), found.Item.Title, found.Item))
                .ToList();
        }

        var lines = document.Outline.LinesOf(SectionKind.ActionItems).ToList();
        var marked = new List<ActionItemLine>();
        var plain = new List<ActionItemLine>();
        var tableHeaderSeen = false;
        foreach (var line in lines)
        {
            var raw = document.Lines[line - 1];
            var prose = document.Prose(line);
            if (prose.Trim().Length == 0)
            {
                continue;
            }

            var heading = document.Outline.HeadingAt(line);
            if (TableRow().IsMatch(raw))
            {
                if (TableSeparator().IsMatch(raw))
                {
                    continue;
                }

                if (!tableHeaderSeen)
                {
                    tableHeaderSeen = true;
                    continue;
                }

                marked.Add(new ActionItemLine(line, FirstText(prose), prose.Trim()));
                continue;
            }

            var marker = ItemMarker().Match(raw);
            if (marker.Success)
            {
                var column = FirstText(prose, marker.Length);
                var text = prose.Length >= column ? prose[(column - 1)..].Trim() : "";
                if (text.Length > 0 && !IsBareLabel(text))
                {
                    marked.Add(new ActionItemLine(line, column, text));
                }

                continue;
            }

            if (heading is not null && heading.InlineContentColumn == 0)
            {
                continue;
            }

            var start = heading?.InlineContentColumn ?? FirstText(prose);
            var content = prose.Length >= start ? prose[(start - 1)..].Trim() : "";
            if (content.Length > 0 && !IsBareLabel(content) && !ClosingRemark().IsMatch(content))
            {
                plain.Add(new ActionItemLine(line, start, content));
            }
        }

        return marked.Count > 0 ? marked : plain;
    }

    private static bool IsBareLabel(string text) => BareLabel().IsMatch(text);

    private static int FirstText(string prose, int from = 0)
    {
        for (var i = from; i < prose.Length; i++)
        {
            if (!char.IsWhiteSpace(prose[i]) && prose[i] is not '*' and not '_' and not '•' and not '|')
            {
                return i + 1;
            }
        }

        return from + 1;
    }

    [GeneratedRegex(@"^\s*(?:[-*+•]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|(?:<ol>|<ul>)?<li>)", RegexOptions.None)]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^\s*\|.*\|\s*$", RegexOptions.None)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s*\|[\s:|-]+\|\s*$", RegexOptions.None)]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^[*_\s]*[A-Za-z][\w /&'(),-]{0,60}[*_\s]*[:;][*_\s]*$")]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"^(?:in conclusion|this postmortem|this post-mortem|by implementing|by documenting|by addressing|thank|we appreciate)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingRemark();
}
