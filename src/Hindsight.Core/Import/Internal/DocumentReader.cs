using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Hindsight.Import.Internal;

/// <summary>
/// Turns a document into classified lines: Markdig decides the block structure (headings, lists, tables, fences),
/// and the line text is kept as written so that timeline entries can be quoted verbatim.
/// </summary>
internal static partial class DocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    private const int MaxFrontMatterLines = 60;

    /// <summary>
    /// The document's lines; a YAML front matter that opens it is read into <paramref name="frontMatter"/> and its lines
    /// are decoration, unless it is not YAML, when its key lines stay text (so they end up in the notes).
    /// </summary>
    public static IReadOnlyList<SourceLine> Read(string text, out FrontMatter? frontMatter)
    {
        var rawLines = SplitLines(text);
        UnwrapMarkdownFences(rawLines);
        var frontMatterEnd = FrontMatterEnd(rawLines);
        frontMatter = frontMatterEnd > 0 ? FrontMatter.Read(rawLines, frontMatterEnd) : null;
        var parsed = frontMatterEnd < 0 ? rawLines : [.. Enumerable.Repeat("", frontMatterEnd + 1), .. rawLines[(frontMatterEnd + 1)..]];
        var document = Markdown.Parse(string.Join('\n', parsed), Pipeline);
        var lineStarts = LineStarts(parsed);

        var kinds = new LineKind[rawLines.Length];
        var levels = new int[rawLines.Length];
        var depths = new int[rawLines.Length];
        var listStarts = new HashSet<int>();
        var decorations = new HashSet<int>();
        for (var index = 0; index < rawLines.Length; index++)
        {
            kinds[index] = string.IsNullOrWhiteSpace(rawLines[index]) ? LineKind.Blank : LineKind.Text;
        }

        if (frontMatterEnd > 0)
        {
            // A static site's front matter ("---", "title: ...", "---") is metadata, not a setext heading nor labels
            // ("summary: ..."): read as YAML, all of it is decoration here; when it is not YAML, its key lines stay as
            // text and only its fences are decoration.
            for (var index = 0; index <= frontMatterEnd; index++)
            {
                if (index == 0 || index == frontMatterEnd || frontMatter is not null)
                {
                    decorations.Add(index);
                }
            }
        }

        foreach (var block in document.Descendants<Block>())
        {
            // Markdig puts a setext heading on its underline; the span start is where the block really begins.
            var first = FirstLine(block, lineStarts, rawLines.Length);
            var last = LastLine(block, lineStarts, first);
            switch (block)
            {
                case HeadingBlock heading:
                    kinds[first] = LineKind.Heading;
                    levels[first] = heading.Level;
                    if (heading.IsSetext && last > first)
                    {
                        decorations.Add(last);
                    }

                    break;
                case FencedCodeBlock:
                    Mark(kinds, first, last, LineKind.Code);
                    decorations.Add(first);
                    if (last > first && FenceLine().IsMatch(rawLines[last]))
                    {
                        decorations.Add(last);
                    }

                    break;
                case TableRow row:
                    Mark(kinds, first, last, row.IsHeader ? LineKind.TableHeader : LineKind.TableRow);
                    break;
                case Table:
                    for (var index = first; index <= last; index++)
                    {
                        if (TableSeparatorLine().IsMatch(rawLines[index]))
                        {
                            decorations.Add(index);
                        }
                    }

                    break;
                case ThematicBreakBlock:
                    decorations.Add(first);
                    break;
                case ListItemBlock:
                    listStarts.Add(first);
                    Mark(depths, first, last, ListDepth(block));
                    break;
            }
        }

        var lines = new List<SourceLine>(rawLines.Length);
        for (var index = 0; index < rawLines.Length; index++)
        {
            var raw = rawLines[index];
            var kind = decorations.Contains(index) && kinds[index] != LineKind.Blank ? LineKind.Decoration : kinds[index];
            if (kind == LineKind.Text && listStarts.Contains(index))
            {
                kind = LineKind.ListItem;
            }

            var content = kind switch
            {
                LineKind.Blank or LineKind.Decoration => "",
                LineKind.Heading => HeadingMarker().Replace(raw.Trim(), "").TrimEnd('#', ' ', '\t'),
                LineKind.Code => raw,
                LineKind.ListItem => StripListMarker(StripQuote(raw)),
                _ => StripQuote(raw).Trim(),
            };

            if (kind is LineKind.Text && HtmlListItem().IsMatch(raw))
            {
                kind = LineKind.ListItem;
                content = HtmlListItem().Replace(raw, "").Trim();
                depths[index] = Math.Max(1, depths[index]);
            }

            if (kind != LineKind.Code)
            {
                content = TextCleaner.StripHtml(content).Replace('\u00a0', ' ').Trim();
            }

            // "• item" is how word processors paste bullets; Markdown sees a paragraph line.
            if (kind == LineKind.Text && TypographicBullet().Match(content) is { Success: true } bullet)
            {
                kind = LineKind.ListItem;
                content = content[bullet.Length..];
                depths[index] = Math.Max(1, depths[index]);
            }

            if (kind is LineKind.Text or LineKind.ListItem && !TextCleaner.HasWords(content))
            {
                kind = content.Length == 0 ? LineKind.Blank : LineKind.Decoration;
            }

            var ticked = kind == LineKind.ListItem && TickedTask().IsMatch(raw);
            lines.Add(new SourceLine(index + 1, raw, kind, content, levels[index], depths[index], IndentOf(raw)) { Checked = ticked });
        }

        return lines;
    }

    // The index of the line closing a YAML front matter block that opens the document, or -1.
    private static int FrontMatterEnd(string[] lines)
    {
        if (lines.Length < 3 || lines[0].TrimEnd() != "---")
        {
            return -1;
        }

        for (var index = 1; index < Math.Min(lines.Length, MaxFrontMatterLines); index++)
        {
            var line = lines[index].TrimEnd();
            if (line is "---" or "...")
            {
                return index > 1 ? index : -1;
            }

            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('-') && !line.StartsWith('#') && !FrontMatterKey().IsMatch(line))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>A whole report pasted inside a <c>```markdown</c> fence is still the report: drop the fence lines so Markdig parses what is inside.</summary>
    private static void UnwrapMarkdownFences(string[] lines)
    {
        for (var index = 0; index < lines.Length; index++)
        {
            var open = MarkdownFenceOpen().Match(lines[index]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            lines[index] = "";
            var nested = false;
            for (var closing = index + 1; closing < lines.Length; closing++)
            {
                var trimmed = lines[closing].Trim();
                if (!trimmed.StartsWith(fence[..3], StringComparison.Ordinal))
                {
                    continue;
                }

                // A fence with an info string opens a block inside the report; the next bare fence closes that block.
                if (trimmed.Length > fence.Length && !nested && trimmed.TrimStart(fence[0]).Trim().Length > 0)
                {
                    nested = true;
                }
                else if (nested)
                {
                    nested = false;
                }
                else if (trimmed == fence)
                {
                    lines[closing] = "";
                    index = closing;
                    break;
                }
            }
        }
    }

    private static int[] LineStarts(string[] lines)
    {
        var starts = new int[lines.Length];
        var offset = 0;
        for (var index = 0; index < lines.Length; index++)
        {
            starts[index] = offset;
            offset += lines[index].Length + 1;
        }

        return starts;
    }

    private static int FirstLine(MarkdownObject block, int[] lineStarts, int lineCount)
    {
        if (block.Span.Start < 0 || lineStarts.Length == 0)
        {
            return Math.Clamp(block.Line, 0, Math.Max(0, lineCount - 1));
        }

        var found = Array.BinarySearch(lineStarts, block.Span.Start);
        return Math.Clamp(found >= 0 ? found : ~found - 1, 0, lineCount - 1);
    }

    private static int LastLine(MarkdownObject block, int[] lineStarts, int first)
    {
        if (block.Span.End < 0 || lineStarts.Length == 0)
        {
            return first;
        }

        var found = Array.BinarySearch(lineStarts, block.Span.End);
        var line = found >= 0 ? found : ~found - 1;
        return Math.Clamp(line, first, lineStarts.Length - 1);
    }

    private static void Mark<T>(T[] values, int first, int last, T value)
    {
        for (var index = first; index <= last && index < values.Length; index++)
        {
            values[index] = value;
        }
    }

    private static int ListDepth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListBlock)
            {
                depth++;
            }
        }

        return depth;
    }

    private static string StripQuote(string raw) => QuoteMarker().Replace(raw, "");

    private static string StripListMarker(string raw) => ListMarker().Replace(raw, "").Trim();

    private static int IndentOf(string raw)
    {
        var width = 0;
        foreach (var character in raw)
        {
            if (character == ' ')
            {
                width++;
            }
            else if (character == '\t')
            {
                width += 4;
            }
            else
            {
                break;
            }
        }

        return width;
    }

    [GeneratedRegex(@"^\s*(?<fence>`{3,}|~{3,})\s*(?:markdown|md)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownFenceOpen();

    [GeneratedRegex(@"^\s*(?:`{3,}|~{3,})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex TableSeparatorLine();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*\s*:(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterKey();

    [GeneratedRegex(@"^#{1,6}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^\s*(?:>\s?)+", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?:>\s?)*(?:[-*+]|\d{1,3}[.)])\s+\[[xX]\]", RegexOptions.CultureInvariant)]
    private static partial Regex TickedTask();

    [GeneratedRegex(@"^[•·▪◦‣]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TypographicBullet();

    [GeneratedRegex(@"^\s*(?:<(?:ol|ul)[^>]*>\s*)*<li\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlListItem();
}
