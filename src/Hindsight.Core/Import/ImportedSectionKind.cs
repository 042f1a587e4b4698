namespace Hindsight.Import;

/// <summary>What a section of an imported document is about.</summary>
public enum ImportedSectionKind
{
    /// <summary>Text before the first section.</summary>
    Preamble,

    /// <summary>Issue summary, overview, incident description.</summary>
    Summary,

    /// <summary>Who and what was affected.</summary>
    Impact,

    /// <summary>How long the outage lasted.</summary>
    Duration,

    /// <summary>The timeline of events.</summary>
    Timeline,

    /// <summary>Root cause (or root causes).</summary>
    RootCause,

    /// <summary>A combined "root cause and resolution" section.</summary>
    RootCauseAndResolution,

    /// <summary>Resolution and recovery.</summary>
    Resolution,

    /// <summary>The trigger (Google SRE style).</summary>
    Trigger,

    /// <summary>How the incident was detected.</summary>
    Detection,

    /// <summary>Contributing factors.</summary>
    ContributingFactors,

    /// <summary>Corrective and preventative measures, action items, prevention.</summary>
    ActionItems,

    /// <summary>Lessons learned (what went well, what went wrong, where we got lucky).</summary>
    Lessons,

    /// <summary>A section the importer does not know; kept verbatim.</summary>
    Other,
}
