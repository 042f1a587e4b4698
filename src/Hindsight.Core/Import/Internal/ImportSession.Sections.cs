using Hindsight.Model;

namespace Hindsight.Import.Internal;

internal sealed partial class ImportSession
{
    private static readonly ImportedSectionKind[] StatementKinds =
        [ImportedSectionKind.Summary, ImportedSectionKind.Duration, ImportedSectionKind.Impact, ImportedSectionKind.Preamble];

    private void ReadSegments(List<Segment> segments, DateOnly? frontMatterDate)
    {
        var statement = StatementReader.Read(segments
            .Where(segment => StatementKinds.Contains(segment.Kind) || segment.Kind == ImportedSectionKind.Other)
            .SelectMany(segment => segment.Lines.Select(line => (line, segment.Kind == ImportedSectionKind.Duration))));
        _duration = statement.Duration;
        _figures = statement.Figures;
        var context = new TimeContext { DocumentDate = statement.Date, DocumentZone = statement.Zone ?? FirstZone(segments), FrontMatterDate = frontMatterDate };

        ReadSummary(segments);
        ReadImpact(segments, statement.Figures);
        ReadTimeline(segments, context, statement);
        ReadCauses(segments);
        ReadActionItems(segments);
        ReadRest(segments);
    }

    private void ReadSummary(List<Segment> segments)
    {
        var summary = segments.Where(segment => segment.Kind is ImportedSectionKind.Summary or ImportedSectionKind.Duration && segment.HasContent).ToList();
        var preamble = segments.Where(segment => segment.Kind == ImportedSectionKind.Preamble && segment.HasContent).ToList();
        var usedPreamble = new List<Segment>();
        if (!segments.Exists(segment => segment.Kind == ImportedSectionKind.Summary && (segment.HasContent || segment.HeadingLine > 0)))
        {
            usedPreamble = preamble.Where(segment => segment.AfterTitle).ToList();
            if (usedPreamble.Count == 0)
            {
                usedPreamble = preamble;
            }
        }

        var parts = segments.Where(segment => summary.Contains(segment) || usedPreamble.Contains(segment)).ToList();
        if (parts.Count > 0)
        {
            _postmortem.Summary = JoinParagraphs(parts);
            _map.Record(_postmortem, FirstContentLine(parts), "summary");
        }

        foreach (var unused in preamble.Except(usedPreamble))
        {
            AddNote(unused.Lines.Where(line => !ReadAuthors(line)));
        }
    }

    /// <summary>"Authors: jennifer, martym" names the participants who wrote the report.</summary>
    private bool ReadAuthors(SourceLine line)
    {
        if (Label.Parse(line.Content) is not { } label || SectionVocabulary.FieldOf(label.Text) != "authors" || label.IsAlone)
        {
            return false;
        }

        foreach (var name in TextCleaner.Plain(label.Rest).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _postmortem.Participants.Add(new Participant { Name = name, Role = "author" });
        }

        return true;
    }

    private void ReadImpact(List<Segment> segments, List<ImpactFigure> figures)
    {
        var impact = segments.Where(segment => segment.Kind == ImportedSectionKind.Impact && segment.HasContent).ToList();
        if (impact.Count > 0)
        {
            _postmortem.Impact.Description = JoinParagraphs(impact);
            _map.Record(_postmortem, FirstContentLine(impact), "impact");
        }

        var userWords = new[] { "user", "customer", "client", "visitor", "subscriber", "account", "people" };
        var percent = figures.FirstOrDefault(figure => figure.Kind == ImpactFigureKind.Percent && userWords.Any(word => figure.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
            ?? figures.FirstOrDefault(figure => figure.Kind == ImpactFigureKind.Percent && impact.Exists(segment => segment.Lines.Exists(line => line.Number == figure.Line)));
        _postmortem.Impact.UsersAffectedPercent = percent?.Value;
        if (figures.FirstOrDefault(figure => figure.Kind == ImpactFigureKind.Users) is { } users)
        {
            _postmortem.Impact.UsersAffected = (long)users.Value;
        }

        if (figures.FirstOrDefault(figure => figure.Kind == ImpactFigureKind.Requests) is { } requests)
        {
            _postmortem.Impact.RequestsFailed = (long)requests.Value;
        }

        if (_postmortem.Impact.Description is null && figures.Count > 0)
        {
            _map.Record(_postmortem, figures[0].Line, "impact");
        }
    }

    private void ReadCauses(List<Segment> segments)
    {
        var causes = new List<(string Text, int Line)>();
        var resolutions = new List<(string Text, int Line)>();
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case ImportedSectionKind.RootCause when SegmentText(segment) is { } cause:
                    causes.Add((cause, FirstContentLine([segment])));
                    break;
                case ImportedSectionKind.Resolution when SegmentText(segment) is { } resolution:
                    resolutions.Add((resolution, FirstContentLine([segment])));
                    break;
                case ImportedSectionKind.RootCauseAndResolution:
                    SplitCauseAndResolution(segment, causes, resolutions);
                    break;
                case ImportedSectionKind.Trigger when SegmentText(segment) is { } trigger:
                    AddFactor(trigger, FirstContentLine([segment]), rootCause: false, "trigger");
                    break;
                case ImportedSectionKind.ContributingFactors:
                    foreach (var block in Blocks(segment))
                    {
                        AddFactor(block.Text, block.Line, rootCause: false, "");
                    }

                    break;
            }
        }

        if (causes.Count > 0)
        {
            // The last statement is the detailed one (the dedicated section); earlier ones are the summary's.
            var (text, line) = causes[^1];
            var factor = AddFactor(text, line, rootCause: true, "");
            _postmortem.ContributingFactors.Remove(factor);
            _postmortem.ContributingFactors.Insert(0, factor);
            foreach (var (earlier, earlierLine) in causes.Take(causes.Count - 1))
            {
                _postmortem.Summary = _postmortem.Summary is null ? "Root cause: " + earlier : _postmortem.Summary + "\n\nRoot cause: " + earlier;
                if (_map.LineOf(_postmortem, "summary") == 0)
                {
                    _map.Record(_postmortem, earlierLine, "summary");
                }
            }
        }

        for (var index = 0; index < _postmortem.ContributingFactors.Count; index++)
        {
            _postmortem.ContributingFactors[index].Id = "F" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (resolutions.Count > 0)
        {
            _postmortem.Resolution = string.Join("\n\n", resolutions.Select(resolution => resolution.Text));
            _map.Record(_postmortem, resolutions[0].Line, "resolution");
        }
    }

    private ContributingFactor AddFactor(string text, int line, bool rootCause, string field)
    {
        var factor = new ContributingFactor { Text = text, RootCause = rootCause };
        _postmortem.ContributingFactors.Add(factor);
        _map.Record(factor, line);
        if (field.Length > 0)
        {
            _map.Record(factor, line, field);
        }

        return factor;
    }

    /// <summary>In a combined section, the first block is the cause; from the first block that speaks of a fix on, the resolution.</summary>
    private static void SplitCauseAndResolution(Segment segment, List<(string, int)> causes, List<(string, int)> resolutions)
    {
        var cause = new List<(string Text, int Line)>();
        var resolution = new List<(string Text, int Line)>();
        foreach (var block in Blocks(segment))
        {
            if (resolution.Count > 0 || (cause.Count > 0 && ResolutionWords.Any(word => block.Text.Contains(word, StringComparison.OrdinalIgnoreCase))))
            {
                resolution.Add(block);
            }
            else
            {
                cause.Add(block);
            }
        }

        if (cause.Count > 0)
        {
            causes.Add((string.Join("\n\n", cause.Select(block => block.Text)), cause[0].Line));
        }

        if (resolution.Count > 0)
        {
            resolutions.Add((string.Join("\n\n", resolution.Select(block => block.Text)), resolution[0].Line));
        }
    }

    private static readonly string[] ResolutionWords = ["fixed", "resolve", "resolution", "restored", "rolled back", "rollback", "the fix", "solved", "mitigat", "recovered", "was corrected", "reverted"];
}
