namespace Hindsight.Lint.Text;

/// <summary>Tells what a heading or label introduces, from the words people use for post-mortem sections.</summary>
internal static class SectionClassifier
{
    // Order matters: "Root cause and resolution" is about the root cause first; "Timeline" wins over everything.
    private static readonly (string Phrase, SectionKind Kind)[] Phrases =
    [
        ("timeline", SectionKind.Timeline),
        ("contributing factor", SectionKind.ContributingFactors),
        ("root cause", SectionKind.RootCause),
        ("what was causing", SectionKind.RootCause),
        ("trigger", SectionKind.Trigger),
        ("corrective", SectionKind.ActionItems),
        ("preventative", SectionKind.ActionItems),
        ("preventive", SectionKind.ActionItems),
        ("prevention", SectionKind.ActionItems),
        ("action item", SectionKind.ActionItems),
        ("action plan", SectionKind.ActionItems),
        ("measures", SectionKind.ActionItems),
        ("follow-up", SectionKind.ActionItems),
        ("follow up", SectionKind.ActionItems),
        ("next steps", SectionKind.ActionItems),
        ("remediation", SectionKind.ActionItems),
        ("tasks", SectionKind.ActionItems),
        ("improvements", SectionKind.ActionItems),
        ("impact", SectionKind.Impact),
        ("duration", SectionKind.Duration),
        ("summary", SectionKind.Summary),
        ("incident description", SectionKind.Summary),
        ("overview", SectionKind.Summary),
        ("summation", SectionKind.Summary),
        ("resolution", SectionKind.Resolution),
        ("recovery", SectionKind.Resolution),
        ("how the issue was fixed", SectionKind.Resolution),
        ("how the incident was resolved", SectionKind.Resolution),
        ("detection", SectionKind.Detection),
        ("lessons", SectionKind.Lessons),
        ("what went well", SectionKind.Lessons),
        ("what went wrong", SectionKind.Lessons),
        ("where we got lucky", SectionKind.Lessons),
        ("conclusion", SectionKind.Other),
        ("humorous", SectionKind.Other),
        ("supporting information", SectionKind.Other),
        ("appendix", SectionKind.Other),
        ("stats", SectionKind.Other),
        ("references", SectionKind.Other),
        ("debugging process", SectionKind.Other),
        ("attractive", SectionKind.Other),
    ];

    /// <summary>The kind of section a heading names; <see cref="SectionKind.None"/> when the words are not a known section.</summary>
    public static SectionKind Classify(string heading)
    {
        var lower = heading.ToLowerInvariant();
        foreach (var (phrase, kind) in Phrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return lower.Trim() is "cause" or "causes" or "fixes" or "improvements/fixes" ? (lower.Contains("fix", StringComparison.Ordinal) ? SectionKind.ActionItems : SectionKind.RootCause) : SectionKind.None;
    }
}
