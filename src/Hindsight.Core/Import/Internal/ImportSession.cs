using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Import.Internal;

/// <summary>One run of the importer over one document: the ordered steps over a shared context.</summary>
internal sealed partial class ImportSession(string text, ImportOptions options)
{
    private readonly Postmortem _postmortem = new();
    private readonly SourceMap _map = new();
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<string> _notes = [];
    private StatedDuration _duration = StatedDuration.None;
    private List<ImpactFigure> _figures = [];
    private readonly List<ImportedStamp> _stamps = [];

    public ImportResult Run()
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyFile, "the document is empty", 0));
            return Result([]);
        }

        var lines = DocumentReader.Read(text, out var frontMatter);
        var (title, titleLine, titleLines) = TitleFinder.Find(lines, frontMatter);
        _postmortem.Title = title;
        if (title is not null)
        {
            _map.Record(_postmortem, titleLine, "title");
        }

        if (frontMatter is not null)
        {
            AddFrontMatterNote(lines, frontMatter, titleUsed: frontMatter.Title is not null && titleLine == frontMatter.TitleLine);
        }

        var segments = Segmenter.Split(lines, titleLines);
        Segmenter.FindNarrativeTimeline(segments);
        ReadSegments(segments, frontMatter?.Date);
        return Result(segments);
    }

    private ImportResult Result(List<Segment> segments)
    {
        _postmortem.Notes = _notes.Count > 0 ? string.Join("\n\n", _notes) : null;
        var sections = segments.Where(segment => segment.HasContent || segment.HeadingLine > 0)
            .Select(segment => new ImportedSection(segment.Heading, segment.Kind, Math.Max(1, segment.HeadingLine > 0 ? segment.HeadingLine : segment.Lines.FirstOrDefault()?.Number ?? 1), Math.Max(1, segment.LastLine)))
            .ToList();
        return new ImportResult(_postmortem, _diagnostics, _map, _duration, _figures, sections) { Stamps = _stamps };
    }
}
