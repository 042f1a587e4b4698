namespace Hindsight.Import.Internal;

/// <summary>
/// Splits the classified lines into segments: Markdown headings, plain label lines ("Timeline", "Root Cause:") and
/// inline labels ("**Impact**: ...") open segments; sub-headings inside the measures section stay there as group labels.
/// </summary>
internal static class Segmenter
{
    private const int PlainLabelLevel = 7;

    public static List<Segment> Split(IReadOnlyList<SourceLine> lines, ISet<int> titleLines)
    {
        var segments = new List<Segment>();
        var current = new Segment(ImportedSectionKind.Preamble, "", 0);
        segments.Add(current);
        var section = current;
        var sectionLevel = 0;
        var afterTitle = false;

        void Open(Segment segment, bool isSection, int level)
        {
            current = segment;
            segments.Add(segment);
            if (isSection)
            {
                section = segment;
                sectionLevel = level;
            }
        }

        // After an inline label's paragraph or a lone table, what follows belongs to the section around them again.
        void ReturnToSection() =>
            Open(new Segment(section.Kind, section.Heading, section.HeadingLine) { AfterTitle = section.AfterTitle }, false, sectionLevel);

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (current.TableOnly && line.Kind is not (LineKind.TableRow or LineKind.Decoration))
            {
                ReturnToSection();
            }

            if (titleLines.Contains(line.Number))
            {
                afterTitle = true;
                Open(new Segment(ImportedSectionKind.Preamble, "", line.Number) { AfterTitle = true }, true, line.Kind == LineKind.Heading ? line.Level : PlainLabelLevel);
                continue;
            }

            if (line.Kind == LineKind.Heading)
            {
                var kind = SectionVocabulary.Classify(line.Content, strict: false);
                var deeper = line.Level > sectionLevel && sectionLevel > 0;
                if (section.Kind == ImportedSectionKind.ActionItems && deeper && !SwitchesAwayFromActions(kind) && !SectionVocabulary.IsClosing(line.Content))
                {
                    current.Lines.Add(line);
                    continue;
                }

                if (kind == ImportedSectionKind.Other && deeper)
                {
                    current.Lines.Add(line);
                    continue;
                }

                var heading = TextCleaner.Plain(SectionVocabulary.StripFootnotes(line.Content));
                var isSub = deeper && SectionVocabulary.IsFieldKind(kind) && kind != ImportedSectionKind.Summary
                    && section.Kind is ImportedSectionKind.Summary or ImportedSectionKind.RootCauseAndResolution or ImportedSectionKind.Preamble;
                Open(new Segment(kind, heading, line.Number) { AfterTitle = afterTitle }, !isSub, line.Level);
                continue;
            }

            if (section.Kind == ImportedSectionKind.ActionItems && line.Kind == LineKind.Text
                && TextCleaner.Plain(line.Content).TrimEnd(':', ' ') is var closing && SectionVocabulary.IsClosing(closing))
            {
                // "Conclusion" after the measures closes them: it is no measure and no group of measures.
                Open(new Segment(ImportedSectionKind.Other, closing, line.Number) { AfterTitle = afterTitle }, true, PlainLabelLevel);
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && Label.Parse(line.Content) is { } label && !IsTimelineStep(line, label, index))
            {
                var kind = SectionVocabulary.Classify(label.Text, strict: true);
                // A list item under the measures is a measure, whatever its bold words say ("1. **Root cause discovery**").
                var keepInActions = section.Kind == ImportedSectionKind.ActionItems && (line.Kind == LineKind.ListItem || !SwitchesAwayFromActions(kind));
                if (kind != ImportedSectionKind.Other && !keepInActions)
                {
                    if (label.IsAlone)
                    {
                        var isField = SectionVocabulary.IsFieldKind(kind) && section.Kind is ImportedSectionKind.Summary or ImportedSectionKind.RootCauseAndResolution or ImportedSectionKind.Preamble;
                        Open(new Segment(kind, label.Text, line.Number) { AfterTitle = afterTitle }, !isField, isField ? sectionLevel : PlainLabelLevel);
                    }
                    else
                    {
                        Open(new Segment(kind, label.Text, line.Number) { Inline = true, AfterTitle = afterTitle }, false, sectionLevel);
                        current.Lines.Add(line);
                    }

                    continue;
                }
            }

            if (line.Kind == LineKind.TableHeader && section.Kind != ImportedSectionKind.ActionItems && IsActionItemTable(line.Raw))
            {
                // "| Action Item | Type | Owner |" under a summary field: the table is the measures, wherever it stands.
                Open(new Segment(ImportedSectionKind.ActionItems, FirstCell(line.Raw), line.Number) { TableOnly = true, AfterTitle = afterTitle }, false, sectionLevel);
                current.Lines.Add(line);
                continue;
            }

            if (line.IsBlank && current.Inline)
            {
                ReturnToSection();
            }

            current.Lines.Add(line);
        }

        return segments;

        // A timeline entry that names its step ("**Resolution:** 09:30 AM - ..."), a step of a tight timeline list
        // ("* **Escalation:** As the issue persisted, ..."), or a phase label over stamped entries ("Detection:", then
        // "- 2:00 PM (UTC): ...", or list items that tell their time in passing: "- Service was back by 4:45 PM (UTC).")
        // stays in the timeline.
        bool IsTimelineStep(SourceLine line, Label label, int index) =>
            current.Kind == ImportedSectionKind.Timeline && !current.Inline
            && (TimelineReader.LabelledStamp(label) is not null
                || (line.Kind == LineKind.ListItem && !label.IsAlone && current.Lines.Count > 0 && current.Lines[^1].Kind == LineKind.ListItem)
                || (label.IsAlone && SourceLines.NextContent(lines, index + 1) is { } next && TimelineReader.LeadingStamp(next.Content) is { Stamp.HasClock: true })
                || (label.IsAlone && PhaseItemsTellATime(lines, index + 1)));
    }

    /// <summary>Whether the list items right under a phase label, up to the next label or heading, tell a time of day.</summary>
    private static bool PhaseItemsTellATime(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var index = start; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank || line.Kind == LineKind.Decoration)
            {
                continue;
            }

            if (line.Kind != LineKind.ListItem || line.Depth > 1 || Label.Parse(line.Content) is { IsAlone: true })
            {
                return false;
            }

            if (TimelineReader.TimeInPassing(line) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a document without a timeline section, the first narrative section ("What happened", a free heading) most of
    /// whose paragraphs and list items open with a time ("At 09:20 UTC the on-call engineer ...") is the timeline.
    /// </summary>
    public static void FindNarrativeTimeline(List<Segment> segments)
    {
        if (segments.Exists(segment => segment.Kind == ImportedSectionKind.Timeline))
        {
            return;
        }

        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
            if (segment.Kind is not (ImportedSectionKind.Summary or ImportedSectionKind.Other) || segment.HeadingLine == 0 || segment.Inline || segment.TableOnly)
            {
                continue;
            }

            var starts = BlockStarts(segment.Lines).ToList();
            var stamped = starts.Count(line => TimelineReader.LeadingStamp(line.Content) is { Stamp.HasClock: true });
            if (stamped >= 2 && stamped * 2 > starts.Count)
            {
                var timeline = new Segment(ImportedSectionKind.Timeline, segment.Heading, segment.HeadingLine) { AfterTitle = segment.AfterTitle };
                timeline.Lines.AddRange(segment.Lines);
                segments[index] = timeline;
                return;
            }
        }
    }

    // The first line of each paragraph and each list item.
    private static IEnumerable<SourceLine> BlockStarts(List<SourceLine> lines)
    {
        var previousBlank = true;
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Text or LineKind.ListItem && !line.IsBlank && (previousBlank || line.Kind == LineKind.ListItem))
            {
                yield return line;
            }

            previousBlank = line.IsBlank || line.Kind is LineKind.Blank or LineKind.Decoration;
        }
    }

    private static bool IsActionItemTable(string header) =>
        SectionVocabulary.Classify(FirstCell(header), strict: true) == ImportedSectionKind.ActionItems;

    private static string FirstCell(string row) =>
        row.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";

    private static bool SwitchesAwayFromActions(ImportedSectionKind kind) => kind is ImportedSectionKind.Timeline or ImportedSectionKind.Summary
        or ImportedSectionKind.RootCause or ImportedSectionKind.RootCauseAndResolution or ImportedSectionKind.Lessons
        or ImportedSectionKind.ContributingFactors or ImportedSectionKind.Trigger or ImportedSectionKind.Detection or ImportedSectionKind.Impact;
}
