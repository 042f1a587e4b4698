namespace Hindsight.Model;

/// <summary>Which kind of condition a contributing factor is.</summary>
public enum FactorCategory
{
    /// <summary>Software, hardware, configuration, capacity.</summary>
    Technology,

    /// <summary>How work is planned, reviewed, tested, deployed or handed over.</summary>
    Process,

    /// <summary>Staffing, training, load and communication; never an individual to blame.</summary>
    People,

    /// <summary>The surroundings: traffic patterns, data, time of day, seasons.</summary>
    Environment,

    /// <summary>Providers and dependencies outside the team's control.</summary>
    External,
}
