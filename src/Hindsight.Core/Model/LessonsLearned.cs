namespace Hindsight.Model;

/// <summary>What the team takes away from the incident.</summary>
public sealed class LessonsLearned
{
    /// <summary>What helped.</summary>
    public List<string> WentWell { get; set; } = [];

    /// <summary>What hurt.</summary>
    public List<string> WentWrong { get; set; } = [];

    /// <summary>What could have made things worse but did not.</summary>
    public List<string> GotLucky { get; set; } = [];
}
