namespace Hindsight.Format.Internal;

/// <summary>The <c>##</c> headings of a post-mortem file, in the order a canonical file writes them.</summary>
internal static class SectionNames
{
    public const string Summary = "Summary";
    public const string Impact = "Impact";
    public const string Timeline = "Timeline";
    public const string ContributingFactors = "Contributing factors";
    public const string Resolution = "Resolution";
    public const string ActionItems = "Action items";
    public const string LessonsLearned = "Lessons learned";
    public const string Interviews = "Interviews";
    public const string Notes = "Notes";

    public const string WentWell = "What went well";
    public const string WentWrong = "What went wrong";
    public const string GotLucky = "Where we got lucky";

    public static readonly string[] All = [Summary, Impact, Timeline, ContributingFactors, Resolution, ActionItems, LessonsLearned, Interviews, Notes];

    /// <summary>The canonical name of <paramref name="heading"/>, or <see langword="null"/> when it is not a known section.</summary>
    public static string? Canonical(string heading)
    {
        var wanted = heading.Trim().TrimEnd(':').Trim();
        return All.FirstOrDefault(name => string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
