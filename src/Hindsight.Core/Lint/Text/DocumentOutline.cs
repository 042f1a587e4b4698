using System.Buffers;
using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>
/// The sections of a post-mortem as a reader sees them: Markdown headings, setext headings, bold labels and the plain
/// "Timeline:" lines of documents written without Markdown. Each line knows which section it belongs to.
/// </summary>
internal sealed partial class DocumentOutline
{
    private readonly SectionKind[] _kindOfLine;
    private readonly Dictionary<int, SectionHeading> _headingAt = [];

    private DocumentOutline(int lineCount)
    {
        _kindOfLine = new SectionKind[lineCount + 1];
    }

    public IReadOnlyList<SectionHeading> Headings { get; private set; } = [];

    /// <summary>The section a 1-based line belongs to; a heading line belongs to the section it opens.</summary>
    public SectionKind KindOf(int line) => line > 0 && line < _kindOfLine.Length ? _kindOfLine[line] : SectionKind.None;

    /// <summary>The heading on a 1-based line, if any.</summary>
    public SectionHeading? HeadingAt(int line) => _headingAt.GetValueOrDefault(line);

    public bool Has(SectionKind kind) => Headings.Any(heading => heading.Kind == kind);

    /// <summary>The 1-based lines of the content of every section of a kind (heading lines with inline content included).</summary>
    public IEnumerable<int> LinesOf(SectionKind kind)
    {
        for (var line = 1; line < _kindOfLine.Length; line++)
        {
            if (_kindOfLine[line] != kind)
            {
                continue;
            }

            if (_headingAt.TryGetValue(line, out var heading) && heading.InlineContentColumn == 0)
            {
                continue;
            }

            yield return line;
        }
    }

    public static DocumentOutline Build(IReadOnlyList<string> proseLines, int firstContentLine)
    {
        var outline = new DocumentOutline(proseLines.Count);
        var headings = new List<SectionHeading>();
        var current = SectionKind.None;
        for (var index = firstContentLine - 1; index < proseLines.Count; index++)
        {
            var lineNumber = index + 1;
            var next = index + 1 < proseLines.Count ? proseLines[index + 1] : "";
            var heading = ReadHeading(proseLines[index], next, current, headings.Count == 0, lineNumber);
            if (heading is not null)
            {
                var kind = heading.Kind == SectionKind.None ? current : heading.Kind;
                heading = heading with { Kind = kind };
                headings.Add(heading);
                outline._headingAt[lineNumber] = heading;
                current = kind;
            }

            outline._kindOfLine[lineNumber] = current;
        }

        outline.Headings = headings;
        return outline;
    }

    private static SectionHeading? ReadHeading(string line, string nextLine, SectionKind current, bool first, int lineNumber)
    {
        // The patterns below need '#', '=' or '-', and ':' or ';' respectively: most lines have none, so skip their scans.
        var atx = line.Contains('#', StringComparison.Ordinal) ? AtxHeading().Match(line) : Match.Empty;
        if (atx.Success)
        {
            var text = CleanLabel(atx.Groups["text"].Value);
            var column = atx.Groups["text"].Index + 1;
            if (text.Length == 0 || WordCount(text) > 10 || (current == SectionKind.Timeline && StartsWithTimeOrDate().IsMatch(text)))
            {
                return null;
            }

            var kind = SectionClassifier.Classify(text);
            return new SectionHeading(lineNumber, column, text, kind == SectionKind.None ? (first ? SectionKind.Title : SectionKind.Other) : kind, 0);
        }

        if (nextLine.AsSpan().IndexOfAny('=', '-') >= 0 && SetextUnderline().IsMatch(nextLine) && line.Trim().Length > 0 && !ListMarker().IsMatch(line) && WordCount(line) <= 10)
        {
            var text = CleanLabel(line);
            var kind = SectionClassifier.Classify(text);
            return new SectionHeading(lineNumber, FirstNonSpace(line) + 1, text, kind == SectionKind.None ? (first ? SectionKind.Title : SectionKind.Other) : kind, 0);
        }

        var label = line.AsSpan().IndexOfAny(LabelSeparators) >= 0 ? Label().Match(line) : Match.Empty;
        if (label.Success)
        {
            var text = CleanLabel(label.Groups["label"].Value);
            var kind = SectionClassifier.Classify(text);
            var rest = label.Groups["rest"];
            var hasContent = rest.Value.Trim().Trim('*', '_').Trim().Length > 0;
            if (kind != SectionKind.None && WordCount(text) <= 7)
            {
                return new SectionHeading(lineNumber, label.Groups["label"].Index + 1, text, kind, hasContent ? rest.Index + 1 + (rest.Value.Length - rest.Value.TrimStart(' ', '*', '_').Length) : 0);
            }

            if (!hasContent && WordCount(text) <= 5 && current != SectionKind.Timeline)
            {
                // A bare label such as "Improvements:" or "Tasks:" groups what follows inside the current section.
                return new SectionHeading(lineNumber, label.Groups["label"].Index + 1, text, SectionKind.None, 0);
            }

            return null;
        }

        var plain = CleanLabel(line);
        if (plain.Length > 0 && WordCount(plain) <= 6 && !ListMarker().IsMatch(line))
        {
            var kind = SectionClassifier.Classify(plain);
            if (kind != SectionKind.None)
            {
                return new SectionHeading(lineNumber, FirstNonSpace(line) + 1, plain, kind, 0);
            }
        }

        return null;
    }

    private static readonly SearchValues<char> LabelSeparators = SearchValues.Create(":;：");

    private static string CleanLabel(string text) => LabelNoise().Replace(text, " ").Trim().TrimEnd(':', ';', '.', '-').Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int FirstNonSpace(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?:\s+|(?=\S))(?<text>.*?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s{0,3}(?:=+|-{2,})\s*$", RegexOptions.None)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\d+[.)])\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?:[-*+•]\s+|\d+[.)]\s+)?[*_\s•]*(?<label>[A-Za-z][A-Za-z /&'(),?-]{0,60}?)[*_\s]*(?::-|:|;|：)[*_\s]*(?<rest>.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]m|(?:on\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithTimeOrDate();

    [GeneratedRegex(@"[*_`#>•\[\]]+|\s{2,}|:[a-z_]+:")]
    private static partial Regex LabelNoise();
}
