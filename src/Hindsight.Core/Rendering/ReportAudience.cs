namespace Hindsight.Rendering;

/// <summary>Who a rendered report is for; decides what is left out.</summary>
public enum ReportAudience
{
    /// <summary>The team: everything in the post-mortem is shown.</summary>
    Internal,

    /// <summary>Readers outside the team: participant names, interview notes, evidence pointers and unplaced notes are left out.</summary>
    Stakeholders,
}
