namespace Hindsight.Model;

/// <summary>
/// One post-mortem: the metadata, the timeline, the analysis and the follow-up of a single incident.
/// </summary>
/// <remarks>
/// The model is a plain mutable object graph so that the parser, the importer and the editors can build it step by
/// step; <see cref="Validation.PostmortemValidator"/> says whether a finished graph is consistent.
/// </remarks>
public sealed class Postmortem
{
    /// <summary>A stable identifier, unique within a library (for example <c>2022-02-26-booktiful</c>).</summary>
    public string? Id { get; set; }

    /// <summary>What happened, in a few words. <see langword="null"/> when the source document has no title.</summary>
    public string? Title { get; set; }

    /// <summary>Where the document is in its review cycle.</summary>
    public PostmortemStatus Status { get; set; } = PostmortemStatus.Draft;

    /// <summary>How severe the incident was, when it has been rated.</summary>
    public Severity? Severity { get; set; }

    /// <summary>The IANA time zone the team reads the report in (for example <c>Africa/Nairobi</c>).</summary>
    public string? TimeZone { get; set; }

    /// <summary>When the impact began.</summary>
    public DateTimeOffset? Started { get; set; }

    /// <summary>When someone or something first noticed the impact.</summary>
    public DateTimeOffset? Detected { get; set; }

    /// <summary>When the impact on users stopped, even if the system was not fully repaired.</summary>
    public DateTimeOffset? Mitigated { get; set; }

    /// <summary>When the system was back to normal operation.</summary>
    public DateTimeOffset? Resolved { get; set; }

    /// <summary>Who and what was affected, in prose and in figures.</summary>
    public Impact Impact { get; set; } = new();

    /// <summary>Names of the services the incident affected.</summary>
    public List<string> AffectedServices { get; set; } = [];

    /// <summary>Free labels used to find and group post-mortems.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>People (or roles) who took part in the response or the review.</summary>
    public List<Participant> Participants { get; set; } = [];

    /// <summary>A short account of the incident for readers who read nothing else.</summary>
    public string? Summary { get; set; }

    /// <summary>What happened, in time order.</summary>
    public List<TimelineEntry> Timeline { get; set; } = [];

    /// <summary>The conditions that together made the incident possible; one or more is marked as a root cause.</summary>
    public List<ContributingFactor> ContributingFactors { get; set; } = [];

    /// <summary>How the incident was brought to an end.</summary>
    public string? Resolution { get; set; }

    /// <summary>The follow-up work decided by the review.</summary>
    public List<ActionItem> ActionItems { get; set; } = [];

    /// <summary>What went well, what went wrong and where the team got lucky.</summary>
    public LessonsLearned Lessons { get; set; } = new();

    /// <summary>Notes from conversations with the people involved.</summary>
    public List<Interview> Interviews { get; set; } = [];

    /// <summary>Content that belongs to the document but has no place of its own (for example what an import could not place).</summary>
    public string? Notes { get; set; }

    /// <summary>Front-matter keys this version does not know, kept so that writing the file back loses nothing.</summary>
    public Dictionary<string, object?> ExtraMetadata { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Sections this version does not know, kept verbatim (heading to Markdown body) in document order.</summary>
    public List<ExtraSection> ExtraSections { get; set; } = [];
}
