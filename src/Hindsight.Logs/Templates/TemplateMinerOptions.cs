namespace Hindsight.Logs.Templates;

/// <summary>
/// Settings of the <see cref="TemplateMiner"/>. The defaults are the one configuration used for every log: users cannot
/// tune per system, so the evaluation in <c>bench/LoghubGrouping</c> runs with these values only.
/// </summary>
public sealed record TemplateMinerOptions
{
    /// <summary>The configuration used for every log.</summary>
    public static TemplateMinerOptions Default { get; } = new();

    /// <summary>
    /// Depth of the prefix tree in Drain's sense: the root, the token-count level, then <c>Depth - 2</c> levels keyed
    /// by the first tokens of a message. At least 2.
    /// </summary>
    public int Depth { get; init; } = 4;

    /// <summary>
    /// Share of positions (0 to 1) whose constant token must equal the message's token for the message to join a
    /// cluster; below it the message starts a new cluster.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.5;

    /// <summary>Children per tree node before further distinct tokens share the wildcard child. At least 1.</summary>
    public int MaxChildren { get; init; } = 100;

    /// <summary>
    /// A wildcard position of a cluster that has seen at most this many distinct words keeps them apart as separate
    /// templates ("layout begin" / "layout end"); one more distinct word, or a masked variable, and the position
    /// becomes a variable for good. Zero makes every wildcard a variable, as in Drain.
    /// </summary>
    public int MaxDistinctWords { get; init; } = 3;

    /// <summary>
    /// Entries of the exact-match cache (masked message → cluster) per token count; the cache is cleared when full,
    /// so memory stays flat whatever the input size. Zero turns the cache off.
    /// </summary>
    public int CacheCapacity { get; init; } = 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Depth, 2, nameof(Depth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxChildren, 1, nameof(MaxChildren));
        ArgumentOutOfRangeException.ThrowIfNegative(CacheCapacity, nameof(CacheCapacity));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDistinctWords, nameof(MaxDistinctWords));
        if (!(SimilarityThreshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(SimilarityThreshold), SimilarityThreshold, "Must be between 0 and 1.");
        }
    }
}
