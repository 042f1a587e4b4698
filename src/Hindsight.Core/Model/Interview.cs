namespace Hindsight.Model;

/// <summary>Notes from a conversation with someone involved in the incident.</summary>
public sealed class Interview
{
    /// <summary>Who was interviewed (a name or a role).</summary>
    public string Participant { get; set; } = "";

    /// <summary>When the interview took place.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>What was said, in Markdown.</summary>
    public string? Notes { get; set; }
}
