namespace Hindsight.Lint;

/// <summary>Turns a file's text into a <see cref="LintDocument"/>: a Hindsight file through its front matter, free Markdown as it is.</summary>
internal static class LintDocumentLoader
{
    public static (LintDocument? Document, string? Error) Load(string path, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var frontMatterEnd = FrontMatterEndLine(normalized);
        if (frontMatterEnd < 0)
        {
            return (null, "the front matter starts with '---' on line 1 but is never closed");
        }

        return (new LintDocument(path, normalized, frontMatterEndLine: frontMatterEnd), null);
    }

    /// <summary>The line of the closing <c>---</c> of the front matter; 0 without front matter, -1 when it is not closed.</summary>
    private static int FrontMatterEndLine(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return 0;
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i + 1;
            }
        }

        return -1;
    }
}
