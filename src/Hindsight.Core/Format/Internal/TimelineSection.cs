using System.Text;
using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Model;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>Reads and writes the <c>## Timeline</c> section: a list of entries, each with its instant, kind, text and details.</summary>
internal static partial class TimelineSection
{
    private const string KeyAttribute = "key";
    private const string SourceLabel = "Source";
    private const string EvidenceLabel = "Evidence";

    public static void Read(IReadOnlyList<Block> blocks, MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var item in ListSection.Items(blocks, source, diagnostics, "the Timeline section holds only a list of entries; move this text to '## Notes' or into an entry"))
        {
            if (ReadEntry(item, source, map, diagnostics) is { } entry)
            {
                postmortem.Timeline.Add(entry);
            }
        }
    }

    private static TimelineEntry? ReadEntry(ListItemBlock item, MarkdownSource source, SourceMap map, DiagnosticBag diagnostics)
    {
        var line = source.LineOf(item);
        if (item.Count == 0 || item[0] is not ParagraphBlock paragraph)
        {
            diagnostics.Error(DiagnosticCodes.MalformedEntry, "a timeline entry must start with its time, like '**2022-02-26 12:00 +03:00** · detection — what happened'", line);
            return null;
        }

        var parsed = EntryLine.Parse(source.Flatten(paragraph), PlainTime());
        if (parsed is null)
        {
            diagnostics.Error(DiagnosticCodes.MalformedEntry, "a timeline entry must start with a date, a time and a zone, like '**2022-02-26 12:00 +03:00** · detection — what happened'", line);
            return null;
        }

        var entry = new TimelineEntry { Text = parsed.Text };
        map.Record(entry, line);
        if (InstantSyntax.TryParse(parsed.Head, out var at, out var error))
        {
            entry.At = at;
        }
        else
        {
            var code = error.StartsWith("it has no time zone", StringComparison.Ordinal) ? DiagnosticCodes.InstantWithoutZone : DiagnosticCodes.InvalidInstant;
            diagnostics.Error(code, $"timeline entry time '{parsed.Head}' is not an instant: {error}", line);
        }

        foreach (var attribute in parsed.Attributes)
        {
            if (string.Equals(attribute, KeyAttribute, StringComparison.OrdinalIgnoreCase))
            {
                entry.Key = true;
            }
            else if (Vocabulary.TryParse<TimelineEntryKind>(attribute, out var kind))
            {
                entry.Kind = kind;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, $"unknown timeline attribute '{attribute}'; expected a kind ({Vocabulary.Expected<TimelineEntryKind>()}) or 'key'", line);
            }
        }

        ReadDetails(item, entry, source, diagnostics);
        return entry;
    }

    private static void ReadDetails(ListItemBlock item, TimelineEntry entry, MarkdownSource source, DiagnosticBag diagnostics)
    {
        foreach (var block in item.Skip(1))
        {
            if (block is not ListBlock details)
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, "a timeline entry holds one line of text and an optional list of 'Source:' and 'Evidence:' details", source.LineOf(block));
                continue;
            }

            foreach (var detail in details.OfType<ListItemBlock>())
            {
                var text = detail.Count > 0 ? source.Flatten(detail[0]) : "";
                if (Labelled(text, SourceLabel) is { } sourceValue)
                {
                    entry.Source = sourceValue;
                }
                else if (Labelled(text, EvidenceLabel) is { } evidence)
                {
                    entry.Evidence = evidence;
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.MalformedEntry, $"unknown timeline detail '{text}'; expected 'Source: ...' or 'Evidence: ...'", source.LineOf(detail));
                }
            }
        }
    }

    /// <summary>The value after <c>Label:</c>, or <see langword="null"/> when <paramref name="text"/> does not start with that label.</summary>
    internal static string? Labelled(string text, string label) =>
        text.StartsWith(label + ":", StringComparison.OrdinalIgnoreCase) ? text[(label.Length + 1)..].Trim() : null;

    public static void Write(StringBuilder output, IReadOnlyList<TimelineEntry> timeline)
    {
        foreach (var entry in timeline)
        {
            var attributes = new List<string> { Vocabulary.Name(entry.Kind) };
            if (entry.Key)
            {
                attributes.Add(KeyAttribute);
            }

            var head = entry.At is { } at ? InstantSyntax.FormatReadable(at) : entry.OriginalTime ?? "unknown time";
            output.Append("- ").Append(EntryLine.Format(head, attributes, Inline.Normalise(entry.Text))).Append('\n');
            if (entry.Source is { } sourceValue)
            {
                output.Append("  - ").Append(SourceLabel).Append(": ").Append(Inline.Normalise(sourceValue)).Append('\n');
            }

            if (entry.Evidence is { } evidence)
            {
                output.Append("  - ").Append(EvidenceLabel).Append(": ").Append(Inline.Normalise(evidence)).Append('\n');
            }
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:\s*(?:Z\b|[+-]\d{2}:?\d{2}|UTC\b|GMT\b|[A-Za-z_]+/[A-Za-z0-9_+\-/]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex PlainTime();
}
