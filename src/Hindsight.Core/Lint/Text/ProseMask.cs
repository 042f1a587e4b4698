using System.Buffers;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hindsight.Lint.Text;

/// <summary>
/// Blanks out what is not prose (code, URLs, HTML tags, link targets, front matter) while keeping every other character
/// at its place, so that rules can match phrases and still report the right line and column.
/// </summary>
internal static partial class ProseMask
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseTaskLists()
        .Build();

    /// <summary>Returns <paramref name="text"/> with non-prose characters replaced by spaces (line breaks kept).</summary>
    public static string Apply(string text, int frontMatterEndLine)
    {
        var chars = text.ToCharArray();
        var lineStarts = LineStarts(text);
        if (frontMatterEndLine > 0)
        {
            var end = frontMatterEndLine < lineStarts.Count ? lineStarts[frontMatterEndLine] : text.Length;
            Blank(chars, 0, end);
        }

        var document = Markdown.Parse(text, Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                // A fence labelled markdown holds the report itself (some authors paste it that way): keep it.
                case FencedCodeBlock fenced when !IsMarkdownFence(fenced):
                    Blank(chars, fenced.Span.Start, fenced.Span.End + 1);
                    break;
                case CodeInline code:
                    Blank(chars, code.Span.Start, code.Span.End + 1);
                    break;
                case LinkInline { IsImage: true } image:
                    Blank(chars, image.Span.Start, image.Span.End + 1);
                    break;
                case AutolinkInline autolink:
                    Blank(chars, autolink.Span.Start, autolink.Span.End + 1);
                    break;
            }
        }

        // Each pattern sees the text as the previous ones left it, so a URL inside a tag is not matched twice.
        // A pattern whose indispensable character is absent from the text cannot match: skip its scan (and the copy).
        foreach (var (pattern, required) in Patterns)
        {
            if (text.AsSpan().IndexOfAny(required) < 0)
            {
                continue;
            }

            var masked = new string(chars);
            var match = pattern.Match(masked);
            while (match.Success)
            {
                var group = match.Groups["blank"].Success ? match.Groups["blank"] : (Group)match;
                Blank(chars, group.Index, group.Index + group.Length);
                match = match.NextMatch();
            }
        }

        return new string(chars);
    }

    private static readonly (Regex Pattern, SearchValues<char> Required)[] Patterns =
    [
        (HtmlTag(), SearchValues.Create("<")),
        (Url(), SearchValues.Create(":.")),
        (LinkTarget(), SearchValues.Create("]")),
        (EmailOrHost(), SearchValues.Create(".")),
        (FilePath(), SearchValues.Create("/")),
    ];

    public static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static bool IsMarkdownFence(FencedCodeBlock fenced) =>
        fenced.Info is { } info && (info.Equals("markdown", StringComparison.OrdinalIgnoreCase) || info.Equals("md", StringComparison.OrdinalIgnoreCase));

    private static void Blank(char[] chars, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, chars.Length); i++)
        {
            if (chars[i] is not '\n' and not '\r')
            {
                chars[i] = ' ';
            }
        }
    }

    [GeneratedRegex(@"</?[A-Za-z][^<>\n]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\b(?:https?|ftp|file)://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'""]|\bwww\.[^\s<>()]+[^\s<>().,;:!?]")]
    private static partial Regex Url();

    [GeneratedRegex(@"\]\((?<blank>[^)\n]*)\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|local|internal|cloud|app|co|uk|de|fr|nl|php|phpp|conf|log|json|yaml|yml|sh|py|js|pp|txt|md|html?|xml|ini|service)\b")]
    private static partial Regex EmailOrHost();

    [GeneratedRegex(@"(?<![\w/])(?:~|\.{1,2})?/(?:[\w.@+-]+/)*[\w.@+-]+/?|\b[A-Za-z_][\w.-]*(?:/[\w.-]+){2,}")]
    private static partial Regex FilePath();
}
