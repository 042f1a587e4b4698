using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hindsight.Format.Internal;

namespace Hindsight.Import.Internal;

/// <summary>Small text normalisations shared by the readers.</summary>
internal static partial class TextCleaner
{
    /// <summary>Removes HTML tags (a line break tag becomes a space) and decodes entities.</summary>
    public static string StripHtml(string text)
    {
        if (text.IndexOf('<', StringComparison.Ordinal) < 0 && text.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var withoutBreaks = LineBreakTag().Replace(text, " ");
        var withoutTags = HtmlTag().Replace(withoutBreaks, "");
        return withoutTags.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(withoutTags) : withoutTags;
    }

    /// <summary>Collapses every run of whitespace into one space and trims the ends, as the file format stores one-line texts.</summary>
    public static string Collapse(string text) => Inline.Normalise(text);

    /// <summary>Text for matching and display: HTML, emphasis, links and images removed, whitespace collapsed.</summary>
    public static string Plain(string text) => Collapse(WithoutMarkup(text));

    /// <summary>The text without markup, its spacing as written but for the ends: a title is quoted exactly as its author spaced it.</summary>
    public static string PlainAsSpaced(string text) => WithoutMarkup(text).Trim();

    private static string WithoutMarkup(string text)
    {
        var noHtml = StripHtml(text);
        var noImages = Image().Replace(noHtml, "");
        var noLinks = Link().Replace(noImages, "$1");
        return Emphasis().Replace(noLinks, "");
    }

    /// <summary>Removes emphasis delimiters that wrap the whole text (<c>*event*</c>, <c>**event**</c>).</summary>
    public static string UnwrapEmphasis(string text)
    {
        var trimmed = text.Trim();
        for (var pass = 0; pass < 2; pass++)
        {
            var match = WrappingEmphasis().Match(trimmed);
            if (!match.Success)
            {
                break;
            }

            var inner = match.Groups["inner"].Value;
            if (inner.Contains(match.Groups["d"].Value, StringComparison.Ordinal))
            {
                break;
            }

            trimmed = inner.Trim();
        }

        return trimmed;
    }

    /// <summary>
    /// Removes the emphasis around a leading label: <c>**Label:** text</c> and <c>**Label**: text</c> become
    /// <c>Label: text</c>.
    /// </summary>
    public static string UnwrapLeadingLabel(string text)
    {
        if (text.Length < 6 || !(text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal)))
        {
            return text;
        }

        var close = text.IndexOf(text[..2], 2, StringComparison.Ordinal);
        if (close < 3)
        {
            return text;
        }

        var label = text[2..close];
        var rest = text[(close + 2)..];
        var colonInside = label.EndsWith(':');
        if (!colonInside && !rest.StartsWith(':'))
        {
            return text;
        }

        rest = colonInside ? rest : rest[1..];
        return rest.Length == 0 || rest[0] == ' ' ? label.TrimEnd(':').Trim() + ":" + rest : text;
    }

    /// <summary>Lower-case letters and single spaces only, for comparing headings and labels.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in Plain(text))
        {
            if (char.IsLetter(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Whether the text holds any letter or digit (lines of dashes or backslashes hold none).</summary>
    public static bool HasWords(string text)
    {
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTag();

    // HTML elements by name: operations writing uses angle brackets for placeholders too ("strace -p <pid>",
    // "<private_ip>:<port>"), which are the author's text, not markup.
    [GeneratedRegex(@"</?(?:a|abbr|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|param|picture|pre|q|s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|title|tr|tt|u|ul|var|video)(?=[\s/>])[^<>]*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?", RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\w\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?<d>\*{1,3}|_{1,3})(?<inner>[^*_].*?)\k<d>$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex WrappingEmphasis();
}
