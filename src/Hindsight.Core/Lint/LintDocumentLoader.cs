using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Format.Internal;
using Hindsight.Import;

namespace Hindsight.Lint;

/// <summary>
/// Turns a file's text into a <see cref="LintDocument"/>: a Hindsight file (YAML front matter with Hindsight keys)
/// through <see cref="PostmortemFile"/>, so rules see its model; free Markdown (a static site's front matter
/// included) as written, so rules read its prose and sections.
/// </summary>
internal static class LintDocumentLoader
{
    public static (LintDocument? Document, string? Error) Load(string path, string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal) || IsForeignFrontMatter(normalized))
        {
            // Free Markdown: the importer's model adds what it resolved (instants, stated duration, impact figures);
            // the rules still read the text itself, so a finding points at what the author wrote.
            var imported = PostmortemImporter.Import(normalized);
            return (new LintDocument(path, normalized, imported.Postmortem, imported.SourceMap) { Imported = imported }, null);
        }

        var read = PostmortemFile.Parse(normalized);
        if (read.Postmortem is null)
        {
            var first = read.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            var reason = first is null
                ? "the front matter cannot be read"
                : string.Create(CultureInfo.InvariantCulture, $"line {first.Line}: {first.Message} ({first.Code})");
            return (null, reason);
        }

        return (new LintDocument(path, normalized, read.Postmortem, read.SourceMap, FrontMatterEndLine(normalized)), null);
    }

    // A static site's front matter ("title:", "excerpt:", "tags:") does not make a Hindsight file: one of the keys only
    // a post-mortem file has must be there. A closed front matter without any of them is foreign; an unclosed one is a
    // broken Hindsight file, reported as such.
    private static bool IsForeignFrontMatter(string text)
    {
        var end = FrontMatterEndLine(text);
        // Top-level keys only, as import reads them: a site's "params:" may nest a "status:" of its own.
        return end > 0 && !text.Split('\n', end).Take(end - 1).Skip(1)
            .Where(line => line.Length > 0 && !char.IsWhiteSpace(line[0]))
            .Select(line => line.Split(':', 2)[0].Trim())
            .Any(FrontMatterKeys.IsOwn);
    }

    /// <summary>The line of the closing <c>---</c> of the front matter.</summary>
    private static int FrontMatterEndLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i + 1;
            }
        }

        return 0;
    }
}
