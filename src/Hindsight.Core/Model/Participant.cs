namespace Hindsight.Model;

/// <summary>Someone who took part in the response or the review; a role alone is enough.</summary>
public sealed class Participant
{
    /// <summary>The person's name; <see langword="null"/> when only the role is recorded.</summary>
    public string? Name { get; set; }

    /// <summary>What the participant did during the incident (for example <c>incident commander</c>).</summary>
    public string? Role { get; set; }
}
