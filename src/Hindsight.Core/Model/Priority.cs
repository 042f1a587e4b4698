namespace Hindsight.Model;

/// <summary>How urgent an action item is; <see cref="P0"/> is the most urgent.</summary>
public enum Priority
{
    /// <summary>Drop everything.</summary>
    P0,

    /// <summary>This sprint.</summary>
    P1,

    /// <summary>This quarter.</summary>
    P2,

    /// <summary>When there is room.</summary>
    P3,
}
