namespace Hindsight.Import;

/// <summary>What an impact figure counts.</summary>
public enum ImpactFigureKind
{
    /// <summary>A share, in percent (for example "85% of users").</summary>
    Percent,

    /// <summary>A number of users, customers, visitors or accounts.</summary>
    Users,

    /// <summary>A number of requests, queries or transactions.</summary>
    Requests,

    /// <summary>A number of something else (servers, orders, ...).</summary>
    Other,
}
