using Hindsight.Format;
using Hindsight.Import;
using Hindsight.Lint.Text;
using Hindsight.Model;

namespace Hindsight.Lint;

/// <summary>
/// A post-mortem as the rules see it: the raw text (to point at lines and columns), the prose with code and URLs blanked
/// out, the sections a reader would see, the times and dates it writes, and the model when one could be read.
/// </summary>
internal sealed class LintDocument
{
    private readonly Dictionary<string, object> _derived = new(StringComparer.Ordinal);
    private TemporalFacts? _temporal;

    public LintDocument(string path, string text, Postmortem? model = null, SourceMap? sourceMap = null, int frontMatterEndLine = 0)
    {
        Path = path;
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Model = model;
        SourceMap = sourceMap ?? SourceMap.None;
        FrontMatterEndLine = frontMatterEndLine;
        Lines = Text.Split('\n');
        ProseLines = ProseMask.Apply(Text, frontMatterEndLine).Split('\n');
        Outline = DocumentOutline.Build(ProseLines, frontMatterEndLine + 1);
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>The raw lines, without line terminators; index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The lines with code, URLs, HTML tags and front matter replaced by spaces; columns match <see cref="Lines"/>.</summary>
    public IReadOnlyList<string> ProseLines { get; }

    public DocumentOutline Outline { get; }

    /// <summary>The model, from the front matter of a Hindsight file or from importing free Markdown; null when neither worked.</summary>
    public Postmortem? Model { get; }

    public SourceMap SourceMap { get; }

    /// <summary>What the importer made of free Markdown; null for a Hindsight file.</summary>
    public ImportResult? Imported { get; init; }

    /// <summary>The last line of the YAML front matter (0 when there is none).</summary>
    public int FrontMatterEndLine { get; }

    /// <summary>Whether the document is a Hindsight file (front matter with structured fields) rather than free Markdown.</summary>
    public bool IsStructured => FrontMatterEndLine > 0 && Model is not null;

    public TemporalFacts Temporal => _temporal ??= TemporalScanner.Scan(ProseLines);

    /// <summary>A reading of the document shared by several rules (the stated duration, the action items), computed once.</summary>
    public T Derived<T>(string key, Func<LintDocument, T> compute)
        where T : notnull
    {
        if (!_derived.TryGetValue(key, out var value))
        {
            value = compute(this);
            _derived[key] = value;
        }

        return (T)value;
    }

    /// <summary>The prose of a 1-based line; empty outside the document.</summary>
    public string Prose(int line) => line >= 1 && line <= ProseLines.Count ? ProseLines[line - 1] : "";

    /// <summary>Finds <paramref name="phrase"/> on a 1-based line (case-insensitive) and returns its position, or the line start when absent.</summary>
    public TextPosition Locate(int line, string phrase)
    {
        if (line < 1 || line > Lines.Count)
        {
            return TextPosition.Document;
        }

        var raw = Lines[line - 1];
        var index = phrase.Length == 0 ? -1 : raw.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        return new TextPosition(line, index >= 0 ? index + 1 : Math.Max(1, raw.Length - raw.TrimStart().Length + 1));
    }

    /// <summary>Finds the first line (after the front matter) containing <paramref name="phrase"/>.</summary>
    public TextPosition Find(string phrase)
    {
        if (phrase.Length == 0)
        {
            return TextPosition.Document;
        }

        for (var line = FrontMatterEndLine + 1; line <= Lines.Count; line++)
        {
            var index = Lines[line - 1].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                return new TextPosition(line, index + 1);
            }
        }

        return TextPosition.Document;
    }
}
