namespace Hindsight.Model;

/// <summary>The durations that follow from a post-mortem's instants.</summary>
/// <param name="TimeToDetect">From <see cref="Postmortem.Started"/> to <see cref="Postmortem.Detected"/>.</param>
/// <param name="TimeToMitigate">From <see cref="Postmortem.Started"/> to <see cref="Postmortem.Mitigated"/>.</param>
/// <param name="TimeToResolve">From <see cref="Postmortem.Started"/> to <see cref="Postmortem.Resolved"/>.</param>
/// <param name="ImpactDuration">How long users were affected: from start to mitigation, or to resolution when no mitigation is recorded.</param>
public sealed record PostmortemDurations(
    TimeSpan? TimeToDetect,
    TimeSpan? TimeToMitigate,
    TimeSpan? TimeToResolve,
    TimeSpan? ImpactDuration)
{
    /// <summary>Derives the durations of <paramref name="postmortem"/>; each is <see langword="null"/> when an instant it needs is missing.</summary>
    public static PostmortemDurations Of(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var started = postmortem.Started;
        return new PostmortemDurations(
            Between(started, postmortem.Detected),
            Between(started, postmortem.Mitigated),
            Between(started, postmortem.Resolved),
            Between(started, postmortem.Mitigated ?? postmortem.Resolved));
    }

    private static TimeSpan? Between(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } start && to is { } end ? end - start : null;
}
