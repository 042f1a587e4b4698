namespace Hindsight.Format.Internal;

/// <summary>The front-matter keys of a post-mortem file, in the order a canonical file writes them.</summary>
internal static class FrontMatterKeys
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Status = "status";
    public const string Severity = "severity";
    public const string TimeZone = "timezone";
    public const string Started = "started";
    public const string Detected = "detected";
    public const string Mitigated = "mitigated";
    public const string Resolved = "resolved";
    public const string Impact = "impact";
    public const string Services = "services";
    public const string Tags = "tags";
    public const string Participants = "participants";

    public const string UsersAffectedPercent = "usersAffectedPercent";
    public const string UsersAffected = "usersAffected";
    public const string RequestsFailed = "requestsFailed";
    public const string Cost = "cost";
    public const string Currency = "currency";

    public const string Name = "name";
    public const string Role = "role";

    // A static site's front matter has a title and tags too, and rarely any of these.
    private static readonly HashSet<string> OwnKeys = new([Id, Status, Severity, TimeZone, Started, Detected, Mitigated, Resolved, Impact, Services, Participants], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="key"/> is one only a post-mortem file has (any case): what tells a Hindsight file from a static site's page.</summary>
    public static bool IsOwn(string key) => OwnKeys.Contains(key);
}
