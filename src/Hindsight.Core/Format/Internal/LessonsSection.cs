using System.Text;
using Hindsight.Diagnostics;
using Hindsight.Model;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>Reads and writes <c>## Lessons learned</c>: three <c>###</c> lists, what went well, what went wrong, where we got lucky.</summary>
internal static class LessonsSection
{
    public static void Read(IReadOnlyList<Block> blocks, MarkdownSource source, Postmortem postmortem, DiagnosticBag diagnostics)
    {
        List<string>? current = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 3 } heading)
            {
                current = ListFor(source.Flatten(heading).TrimStart('#').Trim(), postmortem.Lessons);
                if (current is null)
                {
                    diagnostics.Error(DiagnosticCodes.MalformedEntry, $"unknown lessons heading '{source.Flatten(heading)}'; expected '### {SectionNames.WentWell}', '### {SectionNames.WentWrong}' or '### {SectionNames.GotLucky}'", source.LineOf(block));
                }

                continue;
            }

            if (current is null || block is not ListBlock list)
            {
                if (current is not null || block is not HtmlBlock { Type: HtmlBlockType.Comment })
                {
                    diagnostics.Error(DiagnosticCodes.MalformedEntry, $"Lessons learned holds lists under '### {SectionNames.WentWell}', '### {SectionNames.WentWrong}' and '### {SectionNames.GotLucky}'", source.LineOf(block));
                }

                continue;
            }

            foreach (var item in list.OfType<ListItemBlock>())
            {
                current.Add(item.Count > 0 ? source.Flatten(item[0]) : "");
                if (item.Count > 1)
                {
                    diagnostics.Error(DiagnosticCodes.MalformedEntry, "a lesson is one line of text", source.LineOf(item[1]));
                }
            }
        }
    }

    private static List<string>? ListFor(string heading, LessonsLearned lessons) => heading.ToUpperInvariant() switch
    {
        "WHAT WENT WELL" => lessons.WentWell,
        "WHAT WENT WRONG" => lessons.WentWrong,
        "WHERE WE GOT LUCKY" => lessons.GotLucky,
        _ => null,
    };

    public static void Write(StringBuilder output, LessonsLearned lessons)
    {
        var first = true;
        foreach (var (heading, items) in new[] { (SectionNames.WentWell, lessons.WentWell), (SectionNames.WentWrong, lessons.WentWrong), (SectionNames.GotLucky, lessons.GotLucky) })
        {
            if (items.Count == 0)
            {
                continue;
            }

            if (!first)
            {
                output.Append('\n');
            }

            first = false;
            output.Append("### ").Append(heading).Append("\n\n");
            foreach (var item in items)
            {
                output.Append("- ").Append(Inline.Normalise(item)).Append('\n');
            }
        }
    }

    public static bool IsEmpty(LessonsLearned lessons) => lessons.WentWell.Count + lessons.WentWrong.Count + lessons.GotLucky.Count == 0;
}
