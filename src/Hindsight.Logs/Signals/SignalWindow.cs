namespace Hindsight.Logs.Signals;

/// <summary>The incident window; either end may be open.</summary>
/// <param name="From">Lines before this are outside.</param>
/// <param name="To">Lines after this are outside.</param>
public sealed record SignalWindow(DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>No window: everything is inside.</summary>
    public static SignalWindow All { get; } = new(null, null);

    /// <summary>Whether <paramref name="time"/> is inside; lines without a time are inside only when there is no window.</summary>
    public bool Contains(DateTimeOffset? time) =>
        time is { } value ? (From is null || value >= From) && (To is null || value <= To) : From is null && To is null;
}
