using System.Text;
using Hindsight.Diagnostics;
using Hindsight.Format.Internal;
using Hindsight.Model;
using Hindsight.Validation;

namespace Hindsight.Format;

/// <summary>
/// The post-mortem file format: Markdown with YAML front matter (see <c>docs/FORMAT.md</c>). Reading never throws on
/// bad content: every problem comes back as a <see cref="Diagnostic"/> with its line. Writing is canonical, so a file
/// written by <see cref="Write"/> and read again yields the same model and the same bytes.
/// </summary>
public static class PostmortemFile
{
    private const string Fence = "---";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="path"/>. I/O failures (missing file, no permission) throw; content problems do not.</summary>
    public static PostmortemReadResult Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return Parse(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException exception)
        {
            var line = 1 + bytes.AsSpan(0, Math.Max(0, Math.Min(exception.Index, bytes.Length))).Count((byte)'\n');
            var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.NotUtf8, "the file is not UTF-8 text; save it as UTF-8", line);
            return new PostmortemReadResult(null, [diagnostic], new SourceMap());
        }
    }

    /// <summary>Parses the text of a post-mortem file and validates the result.</summary>
    public static PostmortemReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new SourceMap();
        var diagnostics = new DiagnosticBag();
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, "the file is empty; 'hindsight new' writes a template", 1);
            return new PostmortemReadResult(null, diagnostics.Items, map);
        }

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, "a post-mortem file starts with '---' and YAML front matter; to bring in a free-form Markdown report, use 'hindsight import'", 1);
            return new PostmortemReadResult(null, diagnostics.Items, map);
        }

        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is Fence or "...");
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, "the front matter opened on line 1 is never closed with '---'", 1);
            return new PostmortemReadResult(null, diagnostics.Items, map);
        }

        var postmortem = new Postmortem();
        var yaml = string.Join('\n', lines[1..close]);
        if (!new FrontMatterReader(postmortem, map, diagnostics, firstLine: 2).Read(yaml))
        {
            return new PostmortemReadResult(null, diagnostics.Items, map);
        }

        var body = string.Join('\n', lines[(close + 1)..]);
        BodyReader.Read(new MarkdownSource(body, firstLine: close + 2), postmortem, map, diagnostics);
        diagnostics.AddRange(PostmortemValidator.Validate(postmortem, map));
        var ordered = diagnostics.Items.OrderBy(d => d.Line).ToList();
        return new PostmortemReadResult(postmortem, ordered, map);
    }

    /// <summary>Writes <paramref name="postmortem"/> as a canonical post-mortem file.</summary>
    public static string Write(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var output = new StringBuilder(FrontMatterWriter.Write(postmortem));
        BodyWriter.Write(output, postmortem);
        return output.ToString();
    }
}
