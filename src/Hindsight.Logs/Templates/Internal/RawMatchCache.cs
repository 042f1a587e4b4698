namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// A bounded cache from a raw message to the cluster id <see cref="TemplateMiner.Match"/> gave it.
/// </summary>
/// <remarks>
/// Matching is a pure function of the message while nothing is learned, so once learning is over (the second pass of
/// a scan) an exact repeat of a message can skip masking and the tree. Learning clears the cache. Memory is bounded by
/// the slot count and the longest cached message, never by the input (see <see cref="MessageSlots{TEntry}"/> for
/// how threads share it).
/// </remarks>
internal sealed class RawMatchCache
{
    /// <summary>Longer messages rarely repeat exactly and would cost memory.</summary>
    public const int MaxLength = 256;

    private readonly MessageSlots<Entry> _slots = new();

    /// <summary>The cached id of <paramref name="message"/>, if present.</summary>
    public bool TryGet(ReadOnlySpan<char> message, int hash, out int clusterId)
    {
        clusterId = _slots.Find(message, hash)?.ClusterId ?? -1;
        return clusterId >= 0;
    }

    /// <summary>Remembers the id of <paramref name="message"/> from its second miss on.</summary>
    public void Add(ReadOnlySpan<char> message, int hash, int clusterId)
    {
        if (_slots.IsSecondSighting(hash))
        {
            _slots.Store(new Entry(hash, message.ToString(), clusterId));
        }
    }

    /// <summary>Forgets every entry (the templates are about to change).</summary>
    public void Clear() => _slots.Clear();

    /// <summary>The hash that selects a message's slot.</summary>
    public static int Hash(ReadOnlySpan<char> message) => MessageHash.Of(message);

    private sealed class Entry(int hash, string message, int clusterId) : CachedMessage(hash, message)
    {
        public int ClusterId { get; } = clusterId;
    }
}
