using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Import;

namespace Hindsight.Lint;

/// <summary>
/// Turns a file's text into a <see cref="LintDocument"/>: a Hindsight file (YAML front matter) through
/// <see cref="PostmortemFile"/>, so rules see its model; free Markdown as written, so rules read its prose and sections.
/// </summary>
internal static class LintDocumentLoader
{
    public static (LintDocument? Document, string? Error) Load(string path, string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
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
