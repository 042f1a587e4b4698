using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Model;

namespace Hindsight.Import.Internal;

internal sealed partial class ImportSession
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\n{3,}")]
    private static partial System.Text.RegularExpressions.Regex MultipleBlankLines();

    private void ReadTimeline(List<Segment> segments, TimeContext context, StatementReader.Statement statement)
    {
        var timeline = segments.Where(segment => segment.Kind == ImportedSectionKind.Timeline).ToList();
        var lines = timeline.SelectMany(segment => segment.Lines).ToList();
        var read = TimelineReader.Read(lines);
        context.TimelineZone = read.DeclaredZone ?? timeline.Select(segment => TimeExpressionParser.FindZone(segment.Heading)).FirstOrDefault(zone => zone is not null);
        if (context.DocumentDate is null && read.Dates.Count > 0)
        {
            context.DocumentDate = read.Dates[0];
        }

        // Where the document names no zone but its entries do, and they agree, the author wrote it once for all of them
        // ("May 10, 2023, 08:00 AM (UTC) - ...", then "08:10 AM - ...").
        var entryZones = read.Entries.Select(raw => raw.Stamp.Zone).OfType<ZoneMention>().ToList();
        if (context.DocumentZone is null && entryZones.Count > 0 && entryZones.TrueForAll(zone => zone.IanaId == entryZones[0].IanaId))
        {
            context.DocumentZone = entryZones[0];
        }

        var resolver = new TimeResolver(context, options, _diagnostics);
        foreach (var raw in read.Entries)
        {
            var (at, reason) = resolver.ResolveEntry(raw.Stamp, raw.ContextDate, raw.Line);
            var entry = new TimelineEntry
            {
                At = at,
                OriginalTime = raw.Stamp.Text,
                UnresolvedReason = at is null ? reason : null,
                Text = raw.Text,
                Kind = EntryKinds.Of(raw.Text),
            };
            entry.Key = EntryKinds.IsMilestone(raw.Text);
            _postmortem.Timeline.Add(entry);
            _map.Record(entry, raw.Line);
            var zone = raw.Stamp.Zone;
            var isOffset = zone is null || zone.Text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || zone.Text.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || zone.Text is "Z" || zone.Text.StartsWith('+') || zone.Text.StartsWith('-');
            _stamps.Add(new ImportedStamp(entry, raw.Line, raw.Stamp.Text, raw.Stamp.HasDate, raw.Stamp.Year is not null, zone?.Text, zone?.IanaId, !isOffset, raw.Stamp.Weekday));
            if (at is null)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, ImportDiagnosticCodes.UnresolvedTime, $"'{raw.Stamp.Text}' was kept as written but not placed in time: {reason}", raw.Line));
            }
        }

        foreach (var (line, text) in read.Unplaced)
        {
            AddNote(line, "Timeline: " + text);
        }

        if (read.Entries.Count == 0 && timeline.Count == 0)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, ImportDiagnosticCodes.NoTimeline, "the document has no timeline section", 0));
        }

        var startFallback = statement.End ?? context.DocumentDate;
        if (statement.Start is { } start && resolver.ResolveStatement(start, Merge(startFallback, context), _duration.StartLine) is { } started)
        {
            _postmortem.Started = started;
            _map.Record(_postmortem, _duration.StartLine, "started");
        }

        if (statement.End is { } end && resolver.ResolveStatement(end, Merge(statement.Start ?? context.DocumentDate, context), _duration.EndLine) is { } resolved)
        {
            _postmortem.Resolved = _postmortem.Started is { } begin && resolved < begin ? resolved.AddDays(1) : resolved;
            _map.Record(_postmortem, _duration.EndLine, "resolved");
        }

        ReadMilestones();
        if (_postmortem.Timeline.FirstOrDefault(entry => entry.Kind is TimelineEntryKind.Detection or TimelineEntryKind.Alert && entry.At is { } at && (_postmortem.Started is null || at >= _postmortem.Started)) is { } detected)
        {
            _postmortem.Detected = detected.At;
            _map.Record(_postmortem, _map.LineOf(detected), "detected");
        }

        _postmortem.TimeZone = resolver.ZonesUsed.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault()
            ?? context.TimelineZone?.IanaId ?? context.DocumentZone?.IanaId ?? options.DefaultTimeZone;
    }

    /// <summary>Entries marked "OUTAGE BEGINS", "OUTAGE MITIGATED", "OUTAGE ENDS" date the incident when the summary does not.</summary>
    private void ReadMilestones()
    {
        foreach (var entry in _postmortem.Timeline.Where(entry => entry.Kind == TimelineEntryKind.Milestone && entry.At is not null))
        {
            var text = entry.Text.ToUpperInvariant();
            if (text.Contains("OUTAGE BEGINS", StringComparison.Ordinal) && _postmortem.Started is null)
            {
                _postmortem.Started = entry.At;
                _map.Record(_postmortem, _map.LineOf(entry), "started");
            }
            else if (text.Contains("MITIGATED", StringComparison.Ordinal) && _postmortem.Mitigated is null)
            {
                _postmortem.Mitigated = entry.At;
                _map.Record(_postmortem, _map.LineOf(entry), "mitigated");
            }
            else if (text.Contains("OUTAGE ENDS", StringComparison.Ordinal) && _postmortem.Resolved is null)
            {
                _postmortem.Resolved = entry.At;
                _map.Record(_postmortem, _map.LineOf(entry), "resolved");
            }
        }
    }

    /// <summary>A fallback for a stated start or end: the other end's date and zone, else the document's.</summary>
    private static TimeExpression? Merge(TimeExpression? other, TimeContext context)
    {
        var date = other is { HasDate: true } ? other : context.DocumentDate;
        if (date is null && other?.Zone is null && context.DocumentZone is null)
        {
            return null;
        }

        return new TimeExpression(0, "")
        {
            Year = date?.Year,
            Month = date?.Month,
            Day = date?.Day,
            Zone = other?.Zone ?? context.DocumentZone,
        };
    }

    private static ZoneMention? FirstZone(List<Segment> segments) => segments
        .Where(segment => segment.Kind != ImportedSectionKind.Timeline)
        .SelectMany(segment => segment.Lines)
        .Where(line => line.Kind is not (LineKind.Code or LineKind.Blank))
        .Select(line => TimeExpressionParser.FindZone(TextCleaner.Plain(line.Content)))
        .FirstOrDefault(zone => zone is not null);

    // What a post-mortem tells of the incident itself; its measures come after some of it.
    private static readonly ImportedSectionKind[] IncidentKinds =
    [
        ImportedSectionKind.Summary, ImportedSectionKind.Impact, ImportedSectionKind.Duration, ImportedSectionKind.Timeline,
        ImportedSectionKind.RootCause, ImportedSectionKind.RootCauseAndResolution, ImportedSectionKind.Resolution,
        ImportedSectionKind.Trigger, ImportedSectionKind.Detection, ImportedSectionKind.ContributingFactors,
    ];

    private void ReadActionItems(List<Segment> segments)
    {
        var measures = segments.Where(segment => segment.Kind == ImportedSectionKind.ActionItems).ToList();
        var firstIncident = segments.FindIndex(segment => IncidentKinds.Contains(segment.Kind) && segment.HasContent);
        if (firstIncident >= 0 && measures.Exists(segment => segments.IndexOf(segment) > firstIncident))
        {
            // Measures come after what they answer. A list of tasks before the incident is told, when the real measures
            // follow it, is the page's own (a project README's "## Tasks" above the post-mortem it holds): notes.
            foreach (var early in measures.Where(segment => segments.IndexOf(segment) < firstIncident && segment.HasContent).ToList())
            {
                _postmortem.ExtraSections.Add(new Model.ExtraSection(early.Heading.Length > 0 ? early.Heading : "Tasks", RawBody(early)));
                measures.Remove(early);
            }
        }

        // Each measures section is read on its own: one may list its items with markers and the next ("## Tasks") one per line.
        var reads = measures.Select(segment => ActionItemReader.Read(segment.Lines)).ToList();
        var read = new ActionItemReader.Result([.. reads.SelectMany(one => one.Items)], [.. reads.SelectMany(one => one.Prose)]);
        var number = 0;
        foreach (var item in read.Items)
        {
            number++;
            item.ActionItem.Id = "A" + number.ToString(CultureInfo.InvariantCulture);
            _postmortem.ActionItems.Add(item.ActionItem);
            _map.Record(item.ActionItem, item.Line);
        }

        foreach (var (line, text) in read.Prose)
        {
            AddNote(line, text);
        }
    }

    private void ReadRest(List<Segment> segments)
    {
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case ImportedSectionKind.Lessons:
                    ReadLessons(segment);
                    break;
                case ImportedSectionKind.Other when segment.Heading.Trim().Equals("Notes", StringComparison.OrdinalIgnoreCase):
                    // The author's own notes join the notes section; a second "## Notes" would make the file invalid.
                    if (RawBody(segment) is { Length: > 0 } notes)
                    {
                        if (_notes.Count == 0)
                        {
                            _map.Record(_postmortem, segment.HeadingLine, "notes");
                        }

                        _notes.Add(notes);
                    }

                    break;
                case ImportedSectionKind.Detection or ImportedSectionKind.Other when segment.HasContent || segment.HeadingLine > 0:
                    _postmortem.ExtraSections.Add(new Model.ExtraSection(segment.Heading.Length > 0 ? segment.Heading : segment.Kind.ToString(), RawBody(segment)));
                    break;
            }
        }
    }

    // The segment's lines as written, without the blank lines around them.
    private static string RawBody(Segment segment) => string.Join('\n', segment.Lines.Select(line => line.Raw)).Trim('\n', '\r', ' ');

    private void ReadLessons(Segment segment)
    {
        List<string>? bucket = SectionVocabulary.FieldOf(segment.Heading) switch
        {
            "well" => _postmortem.Lessons.WentWell,
            "wrong" => _postmortem.Lessons.WentWrong,
            "lucky" => _postmortem.Lessons.GotLucky,
            _ => null,
        };
        var loose = new List<SourceLine>();
        foreach (var line in segment.Lines.Where(line => !line.IsBlank && line.Kind != LineKind.Decoration))
        {
            var label = Label.Parse(line.Content);
            var field = SectionVocabulary.FieldOf(label?.Text ?? TextCleaner.Plain(line.Content));
            if (field is "well" or "wrong" or "lucky")
            {
                bucket = field switch
                {
                    "well" => _postmortem.Lessons.WentWell,
                    "wrong" => _postmortem.Lessons.WentWrong,
                    _ => _postmortem.Lessons.GotLucky,
                };
                continue;
            }

            if (bucket is not null && line.Kind == LineKind.ListItem)
            {
                bucket.Add(TextCleaner.Collapse(line.Content));
            }
            else if (bucket is not null && bucket.Count > 0 && line.Depth > 0)
            {
                bucket[^1] = TextCleaner.Collapse(bucket[^1] + " " + line.Content);
            }
            else
            {
                loose.Add(line);
            }
        }

        if (loose.Count > 0)
        {
            // Lessons not sorted into went well / went wrong / got lucky are kept under their own heading, unsorted.
            var heading = (segment.Heading.Length > 0 ? segment.Heading : "Lessons learned") + " (unsorted)";
            _postmortem.ExtraSections.Add(new Model.ExtraSection(heading, string.Join('\n', loose.Select(line => line.Raw)).Trim()));
        }
    }

    /// <summary>The front matter's keys as written, but for the title when it became the post-mortem's: the model has no place for them.</summary>
    private void AddFrontMatterNote(IReadOnlyList<SourceLine> lines, FrontMatter frontMatter, bool titleUsed)
    {
        var kept = lines.Skip(frontMatter.FirstLine - 1).Take(frontMatter.LastLine - frontMatter.FirstLine + 1)
            .Where(line => !titleUsed || line.Number < frontMatter.TitleLine || line.Number > frontMatter.TitleLastLine)
            .ToList();
        var first = kept.FindIndex(line => line.Raw.Trim().Length > 0);
        var last = kept.FindLastIndex(line => line.Raw.Trim().Length > 0);
        if (first >= 0)
        {
            // Raw lines, not contents: YAML's nesting is in its indentation.
            var text = string.Join('\n', kept.Skip(first).Take(last - first + 1).Select(line => line.Raw.TrimEnd()));
            AddNote(kept[first].Number, MultipleBlankLines().Replace(text, "\n\n"));
        }
    }

    private void AddNote(IEnumerable<SourceLine> lines)
    {
        var kept = lines.Where(line => line.Kind != LineKind.Decoration).ToList();
        var first = kept.FindIndex(line => !line.IsBlank);
        var last = kept.FindLastIndex(line => !line.IsBlank);
        if (first < 0)
        {
            return;
        }

        var text = string.Join('\n', kept.Skip(first).Take(last - first + 1).Select(line => line.IsBlank ? "" : line.Raw.Trim()));
        AddNote(kept[first].Number, MultipleBlankLines().Replace(text, "\n\n"));
    }

    private void AddNote(int line, string text)
    {
        if (_notes.Count == 0)
        {
            _map.Record(_postmortem, line, "notes");
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, ImportDiagnosticCodes.ContentInNotes, "content the importer could not place was kept in the notes", line));
        }

        _notes.Add(text);
    }

    /// <summary>The segment's text without the inline label that opened it ("Impact: ...").</summary>
    private static string? SegmentText(Segment segment)
    {
        return JoinParagraphs([segment]);
    }

    /// <summary>Paragraphs and list items of a segment, each with its first line.</summary>
    private static IEnumerable<(string Text, int Line)> Blocks(Segment segment)
    {
        var current = new List<string>();
        var start = 0;
        foreach (var line in segment.Lines)
        {
            if (line.IsBlank || line.Kind is LineKind.Decoration or LineKind.ListItem or LineKind.Heading)
            {
                if (current.Count > 0)
                {
                    yield return (TextCleaner.Collapse(string.Join(' ', current)), start);
                    current.Clear();
                }

                if (line.IsBlank || line.Kind == LineKind.Decoration)
                {
                    continue;
                }
            }

            if (current.Count == 0)
            {
                start = line.Number;
            }

            var content = line.Kind == LineKind.Heading ? line.Content : line.Content;
            var label = Label.Parse(content);
            var kind = label is null ? ImportedSectionKind.Other : SectionVocabulary.Classify(label.Text, strict: true);
            current.Add(kind is ImportedSectionKind.RootCause or ImportedSectionKind.Resolution && label is not null ? label.Rest.Trim().TrimStart('*', '_', ' ') : content);
        }

        if (current.Count > 0)
        {
            yield return (TextCleaner.Collapse(string.Join(' ', current)), start);
        }
    }
}
