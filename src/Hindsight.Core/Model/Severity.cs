namespace Hindsight.Model;

/// <summary>How severe an incident was; <see cref="Sev1"/> is the most severe.</summary>
public enum Severity
{
    /// <summary>Critical: a full outage or data loss for many users.</summary>
    Sev1 = 1,

    /// <summary>Major: a core function unavailable or badly degraded.</summary>
    Sev2 = 2,

    /// <summary>Moderate: a partial or degraded function with a workaround.</summary>
    Sev3 = 3,

    /// <summary>Minor: little user impact.</summary>
    Sev4 = 4,

    /// <summary>Negligible: no user impact; worth learning from all the same.</summary>
    Sev5 = 5,
}
