namespace Hindsight.Model;

/// <summary>Who and what an incident affected.</summary>
public sealed class Impact
{
    /// <summary>The impact in prose, as users would describe it.</summary>
    public string? Description { get; set; }

    /// <summary>Share of users affected, from 0 to 100.</summary>
    public double? UsersAffectedPercent { get; set; }

    /// <summary>Number of users affected, when counted.</summary>
    public long? UsersAffected { get; set; }

    /// <summary>Number of requests that failed.</summary>
    public long? RequestsFailed { get; set; }

    /// <summary>Money lost or spent because of the incident, in <see cref="Currency"/>.</summary>
    public decimal? Cost { get; set; }

    /// <summary>ISO 4217 code of <see cref="Cost"/> (for example <c>USD</c>).</summary>
    public string? Currency { get; set; }

    /// <summary>Whether any figure quantifies the impact.</summary>
    public bool IsQuantified => UsersAffectedPercent is not null || UsersAffected is not null || RequestsFailed is not null || Cost is not null;
}
