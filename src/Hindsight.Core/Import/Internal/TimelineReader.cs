using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hindsight.Import.Internal;

/// <summary>
/// Reads timeline entries from the lines of timeline sections: one entry per stamped line, list item, heading or
/// table row ("10:45 AM EAT - ...", "**10:00 AM:** ...", "| 2020-02-03 11:21 | ... |", "#### 00:01:"), or, when no
/// line starts with a time, one entry per sentence that holds one (prose timelines). Unstamped lines belong to the
/// entry before them.
/// </summary>
internal static partial class TimelineReader
{
    public sealed record Result(List<RawEntry> Entries, List<TimeExpression> Dates, ZoneMention? DeclaredZone, List<(int Line, string Text)> Unplaced);

    public static Result Read(IReadOnlyList<SourceLine> lines)
    {
        var content = lines.Where(line => !line.IsBlank && line.Kind != LineKind.Decoration).ToList();
        if (content.Count > 0 && content.TrueForAll(line => line.Kind == LineKind.Code))
        {
            // A timeline written whole inside a code fence (to keep its layout) is still the timeline.
            lines = lines.Select(line => line.Kind == LineKind.Code ? line with { Kind = LineKind.Text, Content = line.Raw.Trim() } : line).ToList();
        }

        var stamped = lines.Any(line => LeadingStamp(ContentOf(line)) is not null || LabelledStamp(ContentOf(line)) is not null);
        return stamped ? ReadLines(lines) : ReadProse(lines);
    }

    private static Result ReadLines(IReadOnlyList<SourceLine> lines)
    {
        var entries = new List<RawEntry>();
        var dates = new List<TimeExpression>();
        var unplaced = new List<(int, string)>();
        ZoneMention? zone = null;
        TimeExpression? currentDate = null;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.TableHeader)
            {
                // "| Time (UTC) | Event |" declares the zone of the rows.
                zone ??= TimeExpressionParser.FindZone(TextCleaner.Plain(line.Raw));
                continue;
            }

            if (line.Kind is LineKind.Blank or LineKind.Decoration || line.IsBlank)
            {
                continue;
            }

            var content = ContentOf(line);
            if (LeadingStamp(content) is { } found)
            {
                var rest = content[found.TextStart..];
                if (!found.Stamp.HasClock && found.Stamp.Offset is null && !TextCleaner.HasWords(rest))
                {
                    dates.Add(found.Stamp);
                    currentDate = found.Stamp;
                    continue;
                }

                foreach (var (stamp, text) in SplitRunTogether(found.Stamp, rest))
                {
                    entries.Add(new RawEntry(line.Number, stamp, text) { ContextDate = currentDate });
                }

                continue;
            }

            if (LabelledStamp(content) is { } labelled)
            {
                entries.Add(new RawEntry(line.Number, labelled.Stamp, labelled.Text) { ContextDate = currentDate });
                continue;
            }

            if (entries.Count > 0 && RepeatedStampAt(entries[^1].Stamp, content) is var repeated and > 0
                && LeadingStamp(content[repeated..]) is { } continued)
            {
                // "... test failed 12:14pm EAT: She then ...": the line ends the entry before and starts the next.
                entries[^1].Append(content[..repeated]);
                foreach (var (stamp, text) in SplitRunTogether(continued.Stamp, content[(repeated + continued.TextStart)..]))
                {
                    entries.Add(new RawEntry(line.Number, stamp, text) { ContextDate = currentDate });
                }

                continue;
            }

            var plain = TextCleaner.Plain(content);
            if (entries.Count > 0 && TimeInPassing(line) is { } inner)
            {
                entries.Add(new RawEntry(line.Number, inner, TextCleaner.UnwrapEmphasis(TextCleaner.Collapse(content))) { ContextDate = currentDate });
                continue;
            }

            if (entries.Count == 0)
            {
                // Lines before the first entry: "All times in CET.", "2015-10-21 (all times UTC)".
                var declared = TimeExpressionParser.FindZone(plain);
                zone ??= declared;
                var date = (TimeExpressionParser.MatchDateAt(plain, 0) ?? DayAndMonthAt(plain, 0));
                if (date is not null)
                {
                    dates.Add(date);
                    currentDate = date;
                }

                // A date line dates what follows; words after its date are still the author's and go to the notes.
                if (declared is null && (date is null || TextCleaner.HasWords(plain[date.End..])))
                {
                    unplaced.Add((line.Number, plain));
                }

                continue;
            }

            if ((TimeExpressionParser.MatchDateAt(plain, 0) ?? DayAndMonthAt(plain, 0)) is { } dateLine && !TextCleaner.HasWords(plain[dateLine.End..]))
            {
                dates.Add(dateLine);
                currentDate = dateLine;
                continue;
            }

            entries[^1].Append(line.Kind == LineKind.Code ? line.Raw : content);
        }

        foreach (var entry in entries)
        {
            entry.Complete();
            entry.Text = TextCleaner.UnwrapEmphasis(TextCleaner.Collapse(entry.Text));
        }

        return new Result(entries, dates, zone, unplaced);
    }

    private static Result ReadProse(IReadOnlyList<SourceLine> lines)
    {
        var entries = new List<RawEntry>();
        var unplaced = new List<(int, string)>();
        foreach (var paragraph in Paragraphs(lines))
        {
            foreach (var (start, sentence) in Sentences(paragraph.Text))
            {
                var line = paragraph.LineAt(start);
                var stamp = TimeExpressionParser.FindAll(sentence).FirstOrDefault(found => found.HasClock);
                if (stamp is not null)
                {
                    entries.Add(new RawEntry(line, stamp, sentence));
                }
                else if (entries.Count > 0)
                {
                    entries[^1].Append(sentence);
                }
                else
                {
                    unplaced.Add((line, sentence));
                }
            }
        }

        foreach (var entry in entries)
        {
            entry.Complete();
        }

        return new Result(entries, [], null, unplaced);
    }

    /// <summary>The content to look for stamps in; a code line counts only when it looks like a list item ("- 14:25 UTC: ...").</summary>
    private static string ContentOf(SourceLine line) => line.Kind switch
    {
        LineKind.Code => CodeListItem().Match(line.Raw) is { Success: true } match ? match.Groups["rest"].Value : "",
        LineKind.TableRow => string.Join(" | ", line.Raw.Trim().Trim('|').Split('|').Select(cell => cell.Trim())),
        _ => line.Content,
    };

    // A date without a clock that starts an entry: a separator (cell bar, colon, dash) and then words follow it, as in
    // "| 2019-12-03 | Surge of new pods |" or "01-31-2024 - The fix was added". A date that runs on ("May 13th, 2023:")
    // or a note in brackets after it is no entry.
    private static TimeExpression? DatedEntryAt(string content, int index)
    {
        if ((TimeExpressionParser.MatchDateAt(content, index) ?? DayAndMonthAt(content, index)) is not { } date)
        {
            return null;
        }

        var next = date.End;
        if (next + 1 < content.Length && content[next] is '-' or '\u2013' && char.IsAsciiDigit(content[next + 1]))
        {
            // "Feb 2-5": a range of days is one stamp.
            var rangeEnd = next + 1;
            while (rangeEnd < content.Length && char.IsAsciiDigit(content[rangeEnd]))
            {
                rangeEnd++;
            }

            if (rangeEnd - next - 1 <= 2)
            {
                date = date with { Text = content[date.Index..rangeEnd] };
                next = rangeEnd;
            }
        }

        while (next < content.Length && content[next] is ' ' or '*' or '_')
        {
            next++;
        }

        if (next >= content.Length || content[next] is not ('|' or ':' or '-' or '\u2013' or '\u2014'))
        {
            return null;
        }

        next++;
        while (next < content.Length && content[next] is ' ' or '-' or '|' or ':')
        {
            next++;
        }

        return next < content.Length && char.IsLetter(content[next]) ? date : null;
    }

    /// <summary>
    /// "15/08 - the issue was detected": a day and month without a year, read only where one of the two cannot be a month
    /// (and only as an entry's stamp, where a separator and words must follow, never in running text).
    /// </summary>
    private static TimeExpression? DayAndMonthAt(string content, int index)
    {
        var match = DayAndMonth().Match(content, index);
        if (!match.Success)
        {
            return null;
        }

        var first = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
        var (day, month) = first > 12 ? (first, second) : second > 12 ? (second, first) : (0, 0);
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 ? new TimeExpression(match.Index, match.Value) { Day = day, Month = month } : null;
    }

    /// <summary>A stamp at the start of an entry, after markup and words such as "At", and where the event text starts.</summary>
    /// <summary>The time of day a timeline list item tells in passing ("- Service was back by 4:45 PM (UTC)."), if any.</summary>
    public static TimeExpression? TimeInPassing(SourceLine line) =>
        line.Kind == LineKind.ListItem && line.Depth <= 1 && TimeExpressionParser.FindAll(line.Content).FirstOrDefault() is { HasClock: true } time
            ? time
            : null;

    public static (TimeExpression Stamp, int TextStart)? LeadingStamp(string content)
    {
        var index = 0;
        var emphasis = 0;
        while (index < content.Length && (char.IsWhiteSpace(content[index]) || content[index] is '*' or '_' or '[' or '~' or '±' or '≈' or '•' or '·' or '▪'))
        {
            if (content[index] is '*' or '_')
            {
                emphasis++;
            }

            index++;
        }

        var prefix = LeadingWord().Match(content, index);
        if (prefix.Success)
        {
            index += prefix.Length;
        }

        // A bare date ("| 2019-12-03 | Surge of new pods |") is a stamp too when a separator follows (checked below).
        var stamp = TimeExpressionParser.MatchAt(content, index) ?? (prefix.Success ? null : DatedEntryAt(content, index) ?? OffsetAt(content, index));
        if (stamp is null || (!stamp.HasClock && !stamp.HasDate && stamp.Offset is null))
        {
            return null;
        }

        var marker = stamp.Index - 1;
        while (marker > 0 && content[marker] == ' ')
        {
            marker--;
        }

        if (marker >= 0 && content[marker] is '~' or '±' or '≈')
        {
            // "~07:00", "± 17:20 UTC": an estimate, as written.
            stamp = stamp with { Index = marker, Text = content[marker..stamp.Index] + stamp.Text };
        }

        if (emphasis > 0 && stamp.Zone is null && EmphasisedZoneWord().Match(content, stamp.End) is { Success: true } zoneWord)
        {
            // "**07:32 GWT**": a word in capitals inside the stamp's own emphasis is its zone, even one we cannot map.
            var wordEnd = zoneWord.Groups["word"].Index + zoneWord.Groups["word"].Length;
            stamp = stamp with { Text = string.Concat(stamp.Text, content.AsSpan(stamp.End, wordEnd - stamp.End)) };
        }

        if (stamp.HasClock && stamp.End < content.Length && content[stamp.End] == '+'
            && (stamp.End + 1 == content.Length || char.IsWhiteSpace(content[stamp.End + 1]) || content[stamp.End + 1] == '|'))
        {
            // "12:00+": from then on; the mark belongs to the stamp.
            stamp = stamp with { Text = stamp.Text + "+" };
        }

        var end = stamp.End;
        var closing = emphasis;
        var sawSeparator = false;
        while (end < content.Length)
        {
            var character = content[end];
            if (char.IsWhiteSpace(character) || character == ']')
            {
                end++;
            }
            else if (character is '*' or '_' && closing > 0)
            {
                closing--;
                end++;
            }
            else if (!sawSeparator && character is ':' or '-' or '\u2013' or '\u2014' or '|' or '~' or ',' or '=' or '>')
            {
                while (end < content.Length && content[end] is ':' or '-' or '\u2013' or '\u2014' or '|' or '~' or ',' or '=' or '>')
                {
                    end++;
                }

                sawSeparator = true;
            }
            else
            {
                break;
            }
        }

        // A bare date or offset is a stamp only when a separator follows ("2015-10-21: ...", "+5 min — ..."), else it
        // is a date line or prose ("+5 min later, ...").
        if (!stamp.HasClock && !sawSeparator && end < content.Length)
        {
            return null;
        }

        return (stamp, end);
    }

    /// <summary>
    /// An entry that names its step before its stamp ("* **Issue Detected:** May 10, 2023, 08:00 AM - Monitoring ..."):
    /// the label is the author's name for the event, so it stays at the head of the event text.
    /// </summary>
    public static (TimeExpression Stamp, string Text)? LabelledStamp(string content) =>
        Label.Parse(content) is { } label ? LabelledStamp(label) : null;

    /// <inheritdoc cref="LabelledStamp(string)"/>
    public static (TimeExpression Stamp, string Text)? LabelledStamp(Label label)
    {
        if (label.IsAlone || LeadingStamp(label.Rest) is not { Stamp.HasClock: true } found)
        {
            return null;
        }

        return (found.Stamp, TextCleaner.UnwrapEmphasis(TextCleaner.Collapse($"{label.Text}: {label.Rest[found.TextStart..]}")));
    }

    /// <summary>"+5 min", "T+1h 30m", "T+0": an entry timed from the last entry with a clock time.</summary>
    private static TimeExpression? OffsetAt(string content, int index)
    {
        var match = Offset().Match(content, index);
        if (!match.Success)
        {
            return null;
        }

        static int Part(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
        var any = match.Groups["h"].Success || match.Groups["m"].Success || match.Groups["s"].Success || match.Groups["zero"].Success;
        return any
            ? new TimeExpression(match.Index, match.Value.TrimEnd()) { Offset = new TimeSpan(Part(match.Groups["h"]), Part(match.Groups["m"]), Part(match.Groups["s"])) }
            : null;
    }

    /// <summary>Splits "... troubleshooting. - 11:00 AM: Traffic ..." where two list items were written on one line.</summary>
    private static IEnumerable<(TimeExpression Stamp, string Text)> SplitRunTogether(TimeExpression first, string rest)
    {
        var stamp = first;
        var remaining = rest;
        while (true)
        {
            var split = RunTogetherBullet().Matches(remaining).FirstOrDefault(match => LeadingStamp(remaining[(match.Index + match.Length)..]) is { Stamp.HasClock: true });
            var (end, nextStart) = split is null ? (-1, -1) : (split.Index, split.Index + split.Length);
            if (RepeatedStampAt(stamp, remaining) is var repeated and > 0 && (end < 0 || repeated < end))
            {
                (end, nextStart) = (repeated, repeated);
            }

            if (end < 0 || LeadingStamp(remaining[nextStart..]) is not { } next)
            {
                yield return (stamp, TextCleaner.UnwrapEmphasis(TextCleaner.Collapse(remaining)));
                yield break;
            }

            yield return (stamp, TextCleaner.UnwrapEmphasis(TextCleaner.Collapse(remaining[..end])));
            remaining = remaining[(nextStart + next.TextStart)..];
            stamp = next.Stamp;
        }
    }

    /// <summary>
    /// Where a stamp written like <paramref name="stamp"/> and followed by a colon starts again inside
    /// <paramref name="text"/> ("12:00pm EAT: Issue was detected. 12:06pm EAT: While using curl ..."), or -1: an entry
    /// written in the entries' own shape starts a new entry, wherever the writer left it.
    /// </summary>
    private static int RepeatedStampAt(TimeExpression stamp, string text)
    {
        var shape = ShapeOf(stamp.Text);
        for (var index = 1; index + 3 < text.Length; index++)
        {
            if (!char.IsAsciiDigit(text[index]) || !char.IsWhiteSpace(text[index - 1])
                || TimeExpressionParser.MatchAt(text, index) is not { HasClock: true, HasStrongClock: true } candidate)
            {
                continue;
            }

            var after = candidate.End < text.Length && text[candidate.End] == ' ' ? candidate.End + 1 : candidate.End;
            if (after < text.Length && text[after] == ':' && ShapeOf(candidate.Text) == shape)
            {
                return index;
            }
        }

        return -1;
    }

    // What a stamp says besides its numbers ("pm eat" for "12:06pm EAT").
    private static string ShapeOf(string stamp) =>
        string.Concat(stamp.Where(c => !char.IsAsciiDigit(c) && c != ':' && !char.IsWhiteSpace(c))).ToLowerInvariant();

    private static IEnumerable<(int Start, string Sentence)> Sentences(string text)
    {
        var start = 0;
        foreach (Match boundary in SentenceEnd().Matches(text))
        {
            var sentence = text[start..boundary.Index].Trim();
            if (sentence.Length > 0)
            {
                yield return (start, sentence);
            }

            start = boundary.Index + boundary.Length;
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            yield return (start, last);
        }
    }

    private static IEnumerable<Paragraph> Paragraphs(IReadOnlyList<SourceLine> lines)
    {
        var builder = new StringBuilder();
        var starts = new List<(int Offset, int Line)>();
        foreach (var line in lines)
        {
            if (line.IsBlank || line.Kind is LineKind.Decoration or LineKind.ListItem or LineKind.Heading)
            {
                if (builder.Length > 0)
                {
                    yield return new Paragraph(builder.ToString(), [.. starts]);
                    builder.Clear();
                    starts.Clear();
                }

                if (line.Kind is not (LineKind.ListItem or LineKind.Heading) || line.IsBlank)
                {
                    continue;
                }
            }

            starts.Add((builder.Length, line.Number));
            builder.Append(TextCleaner.Plain(line.Content)).Append(' ');
        }

        if (builder.Length > 0)
        {
            yield return new Paragraph(builder.ToString(), [.. starts]);
        }
    }

    private sealed record Paragraph(string Text, (int Offset, int Line)[] Starts)
    {
        public int LineAt(int offset) => Starts.LastOrDefault(start => start.Offset <= offset, Starts[0]).Line;
    }

    [GeneratedRegex(@"\G(?:at|on|by|around|approximately|approx\.|about|circa|from)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^\s*[-*+]\s+(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeListItem();

    [GeneratedRegex(@"\G\s?(?<word>[A-Z]{2,5})(?=\*|_)", RegexOptions.CultureInvariant)]
    private static partial Regex EmphasisedZoneWord();

    [GeneratedRegex(@"\G(?:T\s?\+\s?(?<zero>0)(?![\d.:])|(?:T\s?)?\+\s?(?:(?<h>\d{1,3})\s?(?:h|hrs?|hours?)(?![A-Za-z])\s?)?(?:(?<m>\d{1,4})\s?(?:m|mins?|minutes?)(?![A-Za-z])\s?)?(?:(?<s>\d{1,4})\s?(?:s|secs?|seconds?)(?![A-Za-z]))?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex(@"\G(?<a>[0-3]?\d)/(?<b>[0-3]?\d)(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DayAndMonth();

    [GeneratedRegex(@"(?<=[.!?;])\s+[-•*]\s+(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogetherBullet();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
