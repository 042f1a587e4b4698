namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// A bounded, direct-mapped cache from a raw message to the cluster id <see cref="TemplateMiner.Match"/> gave it.
/// </summary>
/// <remarks>
/// Matching is a pure function of the message while nothing is learned, so once learning is over (the second pass of
/// a scan) an exact repeat of a message can skip masking and the tree. Learning clears the cache. Memory is bounded by
/// the slot count and the longest cached message, never by the input; readers and writers on several threads only
/// ever see whole entries, and a lost or overwritten entry only costs a recomputation, so results never depend on
/// timing.
/// </remarks>
internal sealed class RawMatchCache
{
    /// <summary>Longer messages rarely repeat exactly and would cost memory.</summary>
    public const int MaxLength = 256;

    private const int Slots = 4096;

    private readonly Entry?[] _entries = new Entry?[Slots];

    // The hash last missed in each slot: a message is only stored on its second sighting, so that a log of unique
    // messages allocates nothing here.
    private readonly int[] _missed = new int[Slots];
    private bool _filled;

    /// <summary>The cached id of <paramref name="message"/>, if present.</summary>
    public bool TryGet(ReadOnlySpan<char> message, int hash, out int clusterId)
    {
        var entry = Volatile.Read(ref _entries[hash & (Slots - 1)]);
        if (entry is not null && entry.Hash == hash && message.SequenceEqual(entry.Message))
        {
            clusterId = entry.ClusterId;
            return true;
        }

        clusterId = -1;
        return false;
    }

    /// <summary>
    /// Remembers the id of <paramref name="message"/> from its second miss on, replacing whatever shared its slot.
    /// </summary>
    public void Add(ReadOnlySpan<char> message, int hash, int clusterId)
    {
        var index = hash & (Slots - 1);
        if (_missed[index] != hash)
        {
            _missed[index] = hash;
            return;
        }

        Volatile.Write(ref _entries[index], new Entry(hash, message.ToString(), clusterId));
        _filled = true;
    }

    /// <summary>Forgets every entry (the templates are about to change).</summary>
    public void Clear()
    {
        if (_filled)
        {
            Array.Clear(_entries);
            _filled = false;
        }
    }

    /// <summary>The hash that selects a message's slot.</summary>
    public static int Hash(ReadOnlySpan<char> message) => MessageHash.Of(message);

    private sealed record Entry(int Hash, string Message, int ClusterId);
}
