namespace Hindsight.Model;

/// <summary>Follow-up work decided by the review.</summary>
public sealed class ActionItem
{
    /// <summary>A short identifier (for example <c>A1</c>).</summary>
    public string? Id { get; set; }

    /// <summary>What will be done, concretely enough that anyone can tell when it is done.</summary>
    public string Title { get; set; } = "";

    /// <summary>What the work is for.</summary>
    public ActionType? Type { get; set; }

    /// <summary>How urgent the work is.</summary>
    public Priority? Priority { get; set; }

    /// <summary>The team or person who will see it through.</summary>
    public string? Owner { get; set; }

    /// <summary>When it is due.</summary>
    public DateOnly? Due { get; set; }

    /// <summary>Where the work stands.</summary>
    public ActionStatus Status { get; set; } = ActionStatus.Open;

    /// <summary>Identifiers of the contributing factors this item addresses.</summary>
    public List<string> Factors { get; set; } = [];

    /// <summary>A link to the work in a tracker.</summary>
    public string? Link { get; set; }
}
