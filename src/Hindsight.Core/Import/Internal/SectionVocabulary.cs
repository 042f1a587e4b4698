using System.Text.RegularExpressions;

namespace Hindsight.Import.Internal;

/// <summary>The names people give post-mortem sections and fields, mapped to what they hold.</summary>
internal static partial class SectionVocabulary
{
    private static readonly HashSet<string> SummaryNames = new(StringComparer.Ordinal)
    {
        "summary", "issue summary", "incident summary", "executive summary", "overview", "incident overview", "incident description",
        "description", "what happened", "background", "issue", "incident", "problem", "problem summary", "outage summary",
    };

    private static readonly HashSet<string> GenericTitles = new(StringComparer.Ordinal)
    {
        "postmortem", "post mortem", "postmortem report", "post mortem report", "incident report", "example postmortem", "report",
        "incident postmortem", "postmortem incident report", "outage report", "incident post mortem", "project postmortem", "postmortems",
    };

    /// <summary>What a heading or label names; <see cref="ImportedSectionKind.Other"/> when it is not a known section.</summary>
    public static ImportedSectionKind Classify(string text, bool strict)
    {
        var key = TextCleaner.Key(FootnoteMarker().Replace(text, ""));
        if (key.Length == 0)
        {
            return ImportedSectionKind.Other;
        }

        var words = key.Split(' ').Length;
        if (strict && words > 8)
        {
            return ImportedSectionKind.Other;
        }

        key = QuestionStart().Replace(key, "");
        if (key.Contains("root cause", StringComparison.Ordinal) && (key.Contains("resolution", StringComparison.Ordinal) || key.Contains("fix", StringComparison.Ordinal)))
        {
            return ImportedSectionKind.RootCauseAndResolution;
        }

        if (key.StartsWith("timeline", StringComparison.Ordinal) || key.EndsWith(" timeline", StringComparison.Ordinal) || key is "chronology" or "sequence of events" or "timeline of events" or "incident timeline" or "detailed timeline" or "events")
        {
            return ImportedSectionKind.Timeline;
        }

        if (key.Contains("corrective", StringComparison.Ordinal) || key.Contains("preventa", StringComparison.Ordinal) || key.Contains("preventi", StringComparison.Ordinal)
            || key.Contains("prevention", StringComparison.Ordinal) || key.StartsWith("action item", StringComparison.Ordinal) || key.Contains("measures", StringComparison.Ordinal)
            || key is "follow up" or "followup" or "follow ups" or "next steps" or "remediation" or "remediations" or "action plan" or "todo" or "to do"
                or "improvements" or "improvements fixes" or "recommendations" or "mitigations" or "tasks" or "list of tasks" or "actions" or "future work"
                or "planned actions" or "immediate actions" or "follow up actions" or "next actions" or "todo list" or "to do list"
            || key.Contains("future improvement", StringComparison.Ordinal)
            || key.StartsWith("a list of tasks", StringComparison.Ordinal) || key.StartsWith("tasks to", StringComparison.Ordinal))
        {
            return ImportedSectionKind.ActionItems;
        }

        if (key.StartsWith("contributing factor", StringComparison.Ordinal))
        {
            return ImportedSectionKind.ContributingFactors;
        }

        if (key.StartsWith("root cause", StringComparison.Ordinal) || key is "cause" or "causes" or "what caused it" or "cause analysis" or "causing the issue" or "the root cause")
        {
            return ImportedSectionKind.RootCause;
        }

        if (key.StartsWith("resolution", StringComparison.Ordinal) || key is "recovery" or "fix" or "the fix" or "mitigation" or "how it was fixed" or "the issue was fixed" or "issue was fixed" or "incident was resolved" or "the incident was resolved" or "resolved")
        {
            return ImportedSectionKind.Resolution;
        }

        if (key is "trigger" or "triggers")
        {
            return ImportedSectionKind.Trigger;
        }

        if (key is "detection" or "how was the issue detected" or "issue detected")
        {
            return ImportedSectionKind.Detection;
        }

        if (key.StartsWith("lessons", StringComparison.Ordinal) || key is "what went well" or "what went wrong" or "where we got lucky" or "takeaways" or "learnings"
            || key.StartsWith("what could have gone", StringComparison.Ordinal) || key.StartsWith("what went badly", StringComparison.Ordinal))
        {
            return ImportedSectionKind.Lessons;
        }

        if (key is "impact" or "customer impact" or "user impact" or "business impact" or "impact assessment" || (key.StartsWith("impact", StringComparison.Ordinal) && words <= 3))
        {
            return ImportedSectionKind.Impact;
        }

        if (key.StartsWith("duration", StringComparison.Ordinal) || key is "outage duration" or "incident duration")
        {
            return ImportedSectionKind.Duration;
        }

        return SummaryNames.Contains(key) ? ImportedSectionKind.Summary : ImportedSectionKind.Other;
    }

    /// <summary>Whether a heading or label closes the report ("Conclusion", "Final thoughts") rather than naming content.</summary>
    public static bool IsClosing(string text) => TextCleaner.Key(text) is "conclusion" or "conclusions" or "in conclusion" or "final thoughts"
        or "closing thoughts" or "closing remarks" or "wrap up" or "wrapping up" or "final words";

    /// <summary>Whether a title only names the document type ("Postmortem Report"), not the incident.</summary>
    public static bool IsGenericTitle(string text) => GenericTitles.Contains(TextCleaner.Key(text));

    /// <summary>Fields that hold a value rather than start a section: "Start Time:", "End:", "Date:", "Authors:".</summary>
    public static string? FieldOf(string label) => TextCleaner.Key(label) switch
    {
        "start" or "start time" or "started" or "began" or "outage start" or "start date" or "start date and time" => "start",
        "end" or "end time" or "ended" or "outage end" or "end date" or "end date and time" or "resolved at" => "end",
        "date" or "incident date" => "date",
        "authors" or "author" or "written by" => "authors",
        "status" => "status",
        "time to recovery" or "time to resolve" or "time to resolution" or "time to mitigate" or "ttr" or "mttr" or "total downtime" or "downtime" => "length",
        "time to detection" or "time to detect" or "ttd" => "detection",
        "what went well" => "well",
        "what went wrong" => "wrong",
        "where we got lucky" => "lucky",
        _ => null,
    };

    /// <summary>Field kinds that a label inside another section redirects content to.</summary>
    public static bool IsFieldKind(ImportedSectionKind kind) => kind is ImportedSectionKind.Duration or ImportedSectionKind.Impact
        or ImportedSectionKind.RootCause or ImportedSectionKind.Resolution or ImportedSectionKind.Trigger or ImportedSectionKind.Detection
        or ImportedSectionKind.Summary;

    /// <summary>Removes footnote markers such as <c>^[163](url)^</c> and <c>[[166]](url)</c>.</summary>
    public static string StripFootnotes(string text) => FootnoteMarker().Replace(text, "");

    [GeneratedRegex(@"\^\[\d+\]\([^)]*\)\^|\[\[\d+\]\]\([^)]*\)|\^\d+\^", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"^(?:what (?:was|is|were) (?:the )?|how (?:was|were) (?:the )?|which |when was )", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();

}
