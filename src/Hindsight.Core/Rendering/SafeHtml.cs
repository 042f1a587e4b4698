using Ganss.Xss;
using Markdig;

namespace Hindsight.Rendering;

/// <summary>
/// Turns the document's Markdown prose into HTML that is safe to embed: Markdig renders it, HtmlSanitizer removes
/// scripts, event handlers, <c>javascript:</c> URLs, styles and anything that would fetch from outside the file.
/// </summary>
internal static class SafeHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Block HTML (paragraphs, lists, tables) from <paramref name="markdown"/>.</summary>
    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();

    /// <summary>Inline HTML from one line of Markdown (a timeline entry, an action item), without the surrounding paragraph.</summary>
    public static string FromInlineMarkdown(string? markdown)
    {
        var html = FromMarkdown(markdown);
        if (html.StartsWith("<p>", StringComparison.Ordinal)
            && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return html[3..^4];
        }

        return html;
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();

        // Inline styles could pull in remote resources (url()) or hide content; the report's own CSS is enough.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedSchemes.Add("mailto");

        // A report is read, not filled in: forms could post what a reader types to anywhere. Inputs stay for task
        // list checkboxes, which submit nothing without a form.
        foreach (var control in new[] { "form", "button", "textarea", "select", "option", "optgroup", "fieldset", "legend", "label" })
        {
            sanitizer.AllowedTags.Remove(control);
        }

        sanitizer.AllowedAttributes.Remove("action");
        sanitizer.AllowedAttributes.Remove("formaction");

        // The report is one self-contained file: media are kept only when their data travels inside the file, and a
        // data: URL anywhere else (a link) could carry a script document.
        sanitizer.AllowedSchemes.Add("data");
        sanitizer.FilterUrl += (_, e) =>
        {
            var isMedia = e.Tag.NodeName is "IMG" or "SOURCE" or "VIDEO" or "AUDIO" or "TRACK";
            var url = e.OriginalUrl.Trim();
            if (isMedia
                ? !url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                : url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }
}
