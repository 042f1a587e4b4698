namespace Hindsight.Model;

/// <summary>What an action item is for.</summary>
public enum ActionType
{
    /// <summary>Stops the incident from happening again.</summary>
    Prevent,

    /// <summary>Notices it sooner.</summary>
    Detect,

    /// <summary>Limits its impact or shortens it.</summary>
    Mitigate,

    /// <summary>Changes how the team works.</summary>
    Process,

    /// <summary>Writes down what people need to know.</summary>
    Documentation,
}
