using System.Globalization;
using System.Text;
using Hindsight.Diagnostics;
using Hindsight.Model;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>Reads and writes <c>## Interviews</c>: one <c>### Participant · 2022-02-28</c> heading per interview, its notes below.</summary>
internal static class InterviewsSection
{
    public static void Read(IReadOnlyList<Block> blocks, MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        Interview? current = null;
        var notes = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 3 } heading)
            {
                Finish(current, notes, source);
                current = Start(source.Flatten(heading).TrimStart('#').Trim(), source.LineOf(block), diagnostics);
                map.Record(current, source.LineOf(block));
                postmortem.Interviews.Add(current);
                notes.Clear();
            }
            else if (current is null)
            {
                if (block is not HtmlBlock { Type: HtmlBlockType.Comment })
                {
                    diagnostics.Error(DiagnosticCodes.MalformedEntry, "each interview starts with a heading like '### Site reliability engineer · 2022-02-28'", source.LineOf(block));
                }
            }
            else
            {
                notes.Add(block);
            }
        }

        Finish(current, notes, source);
    }

    private static Interview Start(string heading, int line, DiagnosticBag diagnostics)
    {
        var parts = heading.Split('·', StringSplitOptions.TrimEntries);
        var interview = new Interview { Participant = parts[0] };
        if (parts.Length > 1)
        {
            if (DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                interview.Date = date;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, $"interview date '{parts[1]}' is not a date like 2022-02-28", line);
            }
        }

        return interview;
    }

    private static void Finish(Interview? interview, List<Block> notes, MarkdownSource source)
    {
        if (interview is not null)
        {
            interview.Notes = Prose.Read(notes, source);
        }
    }

    public static void Write(StringBuilder output, IReadOnlyList<Interview> interviews)
    {
        for (var index = 0; index < interviews.Count; index++)
        {
            var interview = interviews[index];
            if (index > 0)
            {
                output.Append('\n');
            }

            output.Append("### ").Append(Inline.Normalise(interview.Participant));
            if (interview.Date is { } date)
            {
                output.Append(" · ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            output.Append('\n');
            if (interview.Notes is { Length: > 0 } text)
            {
                output.Append('\n').Append(text).Append('\n');
            }
        }
    }
}
