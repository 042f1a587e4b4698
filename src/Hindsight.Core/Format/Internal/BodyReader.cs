using Hindsight.Diagnostics;
using Hindsight.Model;
using Markdig;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>Reads the Markdown body: the <c>#</c> title and the <c>##</c> sections, each handed to its own reader.</summary>
internal static class BodyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static void Read(MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(source.Text, Pipeline);
        var sections = new List<(string Heading, int Line, List<Block> Blocks)>();
        var preamble = new List<Block>();
        string? headingTitle = null;
        var headingTitleLine = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1 } title && sections.Count == 0 && headingTitle is null)
            {
                headingTitle = source.Flatten(title).TrimStart('#').Trim();
                headingTitleLine = source.LineOf(title);
            }
            else if (block is HeadingBlock { Level: 2 } heading)
            {
                sections.Add((source.Flatten(heading).TrimStart('#').Trim(), source.LineOf(heading), []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Blocks.Add(block);
            }
            else
            {
                preamble.Add(block);
            }
        }

        ReadTitle(headingTitle, headingTitleLine, postmortem, map, diagnostics);
        if (Prose.Read(preamble, source) is { } preambleText)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownSection, "text before the first '##' section belongs to no section (kept as it is); did you mean '## Summary'?", source.LineOf(preamble[0]));
            postmortem.ExtraSections.Add(new ExtraSection("", preambleText));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (heading, line, blocks) in sections)
        {
            var name = SectionNames.Canonical(heading);
            if (name is not null && !seen.Add(name))
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, $"section '## {name}' appears twice; merge the two", line);
                continue;
            }

            map.Record(postmortem, line, name ?? heading);
            ReadSection(name, heading, line, blocks, source, postmortem, map, diagnostics);
        }
    }

    private static void ReadTitle(string? headingTitle, int line, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        if (headingTitle is null)
        {
            return;
        }

        if (postmortem.Title is null)
        {
            postmortem.Title = headingTitle;
            map.Record(postmortem, line, FrontMatterKeys.Title);
        }
        else if (!string.Equals(postmortem.Title, headingTitle, StringComparison.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.TitleMismatch, $"the heading '# {headingTitle}' differs from the front-matter title '{postmortem.Title}'; the front matter wins", line);
        }
    }

    private static void ReadSection(string? name, string heading, int line, List<Block> blocks, MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        switch (name)
        {
            case SectionNames.Summary:
                postmortem.Summary = Prose.Read(blocks, source);
                break;
            case SectionNames.Impact:
                postmortem.Impact.Description = Prose.Read(blocks, source);
                break;
            case SectionNames.Timeline:
                TimelineSection.Read(blocks, source, postmortem, map, diagnostics);
                break;
            case SectionNames.ContributingFactors:
                FactorsSection.Read(blocks, source, postmortem, map, diagnostics);
                break;
            case SectionNames.Resolution:
                postmortem.Resolution = Prose.Read(blocks, source);
                break;
            case SectionNames.ActionItems:
                ActionItemsSection.Read(blocks, source, postmortem, map, diagnostics);
                break;
            case SectionNames.LessonsLearned:
                LessonsSection.Read(blocks, source, postmortem, diagnostics);
                break;
            case SectionNames.Interviews:
                InterviewsSection.Read(blocks, source, postmortem, map, diagnostics);
                break;
            case SectionNames.Notes:
                postmortem.Notes = Prose.Read(blocks, source);
                break;
            default:
                diagnostics.Warning(DiagnosticCodes.UnknownSection, $"unknown section '## {heading}' (kept as it is); known sections: {string.Join(", ", SectionNames.All)}", line);
                postmortem.ExtraSections.Add(new ExtraSection(heading, Prose.Read(blocks, source) ?? ""));
                break;
        }
    }
}
