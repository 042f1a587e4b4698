namespace Hindsight.Model;

/// <summary>Where an action item stands.</summary>
public enum ActionStatus
{
    /// <summary>Not started.</summary>
    Open,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Finished.</summary>
    Done,

    /// <summary>Decided against, with the reason recorded elsewhere.</summary>
    WontDo,
}
