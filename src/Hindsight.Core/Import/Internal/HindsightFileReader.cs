using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Format.Internal;
using Hindsight.Model;

namespace Hindsight.Import.Internal;

/// <summary>
/// Recognises a document that is already a Hindsight file and reads it as <see cref="PostmortemFile.Parse"/> does, so
/// that importing it gives the model every other command sees. A front matter that merely shares a word or two with
/// Hindsight's (another tool's <c>status: resolved</c>, <c>severity: high</c>) is left to the free-form importer.
/// </summary>
internal static partial class HindsightFileReader
{
    private const string Fence = "---";

    // How far an unclosed front matter is looked into for its keys.
    private const int MaxUnclosedLines = 60;

    /// <summary>
    /// The document read as a Hindsight file, or <see langword="null"/> when it is to be imported as free Markdown; then
    /// <paramref name="notAHindsightFile"/> says why, when its front matter has Hindsight's keys.
    /// </summary>
    public static ImportResult? Read(string text, out Diagnostic? notAHindsightFile)
    {
        notAHindsightFile = null;
        var normalized = text.TrimStart('\uFEFF');
        if (!normalized.StartsWith(Fence, StringComparison.Ordinal))
        {
            return null;
        }

        var lines = normalized.ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            return null;
        }

        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is Fence or "...");
        var (keys, looksLikeYaml) = TopLevelKeys(lines, close);
        if (!keys.Exists(FrontMatterKeys.IsOwn))
        {
            return null;
        }

        var read = PostmortemFile.Parse(normalized);
        if (!read.HasErrors && read.Postmortem is { } valid)
        {
            return Result(valid, read);
        }

        if (HasHindsightEntries(lines, close))
        {
            // Written in Hindsight's own syntax, it is a Hindsight file with errors: importing it as free Markdown would
            // scramble its entries, and reading past the errors would drop or change what they name (an unknown
            // severity reads as SEV3, a time without a zone loses its stamp), so the errors are the result.
            return Result(read.Postmortem ?? new Postmortem(), read);
        }

        if (!looksLikeYaml)
        {
            // Thematic breaks around prose that happens to say "Status: resolved" are no front matter to warn about.
            return null;
        }

        var first = read.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var reason = first is null ? "" : $" ({first.Code}: {first.Message})";
        notAHindsightFile = new Diagnostic(
            DiagnosticSeverity.Warning,
            ImportDiagnosticCodes.NotAHindsightFile,
            $"the front matter has Hindsight's keys, but the file is not a valid Hindsight file{reason}; it was imported as free Markdown",
            first?.Line ?? 1,
            first?.Column ?? 0);
        return null;
    }

    private static ImportResult Result(Postmortem postmortem, PostmortemReadResult read) =>
        new(postmortem, read.Diagnostics, read.SourceMap, StatedDuration.None, [], []) { IsHindsightFile = true };

    /// <summary>
    /// The unindented keys of the front matter (of an unclosed one, those of the YAML-like lines it opens with), and
    /// whether every unindented line between the fences is a key, a list item or a comment, as in YAML.
    /// </summary>
    private static (List<string> Keys, bool LooksLikeYaml) TopLevelKeys(string[] lines, int close)
    {
        var keys = new List<string>();
        var looksLikeYaml = true;
        var end = close >= 0 ? close : Math.Min(lines.Length, MaxUnclosedLines);
        for (var index = 1; index < end; index++)
        {
            var line = lines[index];
            if (KeyLine().Match(line) is { Success: true } key)
            {
                keys.Add(key.Groups["key"].Value);
            }
            else if (line.Trim().Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('-') && !line.StartsWith('#'))
            {
                if (close < 0)
                {
                    // An unclosed front matter ends at its first line that is not YAML.
                    break;
                }

                // Between two thematic breaks, prose is no YAML that a person wrote as such.
                looksLikeYaml = false;
            }
        }

        return (keys, looksLikeYaml);
    }

    /// <summary>Whether the body holds a timeline entry or a factor in Hindsight's syntax (<c>- **14:02 +01:00** · alert — ...</c>).</summary>
    private static bool HasHindsightEntries(string[] lines, int close)
    {
        for (var index = Math.Max(close, 0) + 1; index < lines.Length; index++)
        {
            if (HindsightEntry().IsMatch(lines[index]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*)\s*:(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^\s*[-*+]\s+\*\*[^*]+\*\*\s*·\s*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex HindsightEntry();
}
