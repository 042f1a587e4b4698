using System.Text;
using Hindsight.Model;

namespace Hindsight.Format.Internal;

/// <summary>Writes the Markdown body of a canonical file: the title, then each non-empty section in a fixed order.</summary>
internal static class BodyWriter
{
    public static void Write(StringBuilder output, Postmortem postmortem)
    {
        if (postmortem.Title is { } title)
        {
            output.Append("\n# ").Append(Inline.Normalise(title)).Append('\n');
        }

        foreach (var preamble in postmortem.ExtraSections.Where(section => section.Heading.Length == 0))
        {
            output.Append('\n').Append(preamble.Body).Append('\n');
        }

        Prose(output, SectionNames.Summary, postmortem.Summary);
        Prose(output, SectionNames.Impact, postmortem.Impact.Description);
        if (postmortem.Timeline.Count > 0)
        {
            Heading(output, SectionNames.Timeline);
            TimelineSection.Write(output, postmortem.Timeline);
        }

        if (postmortem.ContributingFactors.Count > 0)
        {
            Heading(output, SectionNames.ContributingFactors);
            FactorsSection.Write(output, postmortem.ContributingFactors);
        }

        Prose(output, SectionNames.Resolution, postmortem.Resolution);
        if (postmortem.ActionItems.Count > 0)
        {
            Heading(output, SectionNames.ActionItems);
            ActionItemsSection.Write(output, postmortem.ActionItems);
        }

        if (!LessonsSection.IsEmpty(postmortem.Lessons))
        {
            Heading(output, SectionNames.LessonsLearned);
            LessonsSection.Write(output, postmortem.Lessons);
        }

        if (postmortem.Interviews.Count > 0)
        {
            Heading(output, SectionNames.Interviews);
            InterviewsSection.Write(output, postmortem.Interviews);
        }

        Prose(output, SectionNames.Notes, postmortem.Notes);
        foreach (var extra in postmortem.ExtraSections.Where(section => section.Heading.Length > 0))
        {
            Prose(output, extra.Heading, extra.Body, writeWhenEmpty: true);
        }
    }

    private static void Heading(StringBuilder output, string name) => output.Append("\n## ").Append(name).Append("\n\n");

    private static void Prose(StringBuilder output, string name, string? text, bool writeWhenEmpty = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (writeWhenEmpty)
            {
                output.Append("\n## ").Append(name).Append('\n');
            }

            return;
        }

        Heading(output, name);
        output.Append(text.Trim()).Append('\n');
    }
}
