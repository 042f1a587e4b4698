namespace Hindsight.Model;

/// <summary>What sort of event a timeline entry records.</summary>
public enum TimelineEntryKind
{
    /// <summary>Something seen in the system.</summary>
    Observation,

    /// <summary>Something the responders did.</summary>
    Action,

    /// <summary>The moment the incident was noticed.</summary>
    Detection,

    /// <summary>A message to users, stakeholders or other teams.</summary>
    Communication,

    /// <summary>A change shipped to production.</summary>
    Deploy,

    /// <summary>An automated alert firing.</summary>
    Alert,

    /// <summary>A turning point such as mitigation or resolution.</summary>
    Milestone,
}
