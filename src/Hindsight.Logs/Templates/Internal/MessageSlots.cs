namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// The slots of the raw-message caches: two-way set-associative, and a message is stored on its second sighting only,
/// so that a log of unique messages allocates nothing.
/// </summary>
/// <remarks>
/// Two ways, because with one slot per hash two frequent messages that share it pushed each other out, or, seen in
/// turn, never got in (each sighting of one erased the other's first sighting): 4 % of the lines of the benchmark log,
/// whose 2,000 distinct messages repeat, missed a cache of 4,096 slots. Readers and writers on several threads only
/// ever see whole entries, and a lost or overwritten entry only costs a recomputation, so results never depend on
/// timing.
/// </remarks>
internal sealed class MessageSlots<TEntry>
    where TEntry : CachedMessage
{
    private const int Sets = 8192;

    // Ways of a set are neighbours: entry 2s and 2s + 1.
    private readonly TEntry?[] _entries = new TEntry?[Sets * 2];

    // The two hashes last missed in each set, the latest first.
    private readonly int[] _missed = new int[Sets * 2];
    private bool _filled;

    public TEntry? Find(ReadOnlySpan<char> message, int hash)
    {
        // Plain reads: an entry is published whole by the release of Volatile.Write, its fields are read through the
        // reference, and a by-ref read of a generic array element would cost a type check per line.
        var first = (hash & (Sets - 1)) * 2;
        var entry = _entries[first];
        if (entry is not null && entry.Hash == hash && message.SequenceEqual(entry.Message))
        {
            return entry;
        }

        entry = _entries[first + 1];
        return entry is not null && entry.Hash == hash && message.SequenceEqual(entry.Message) ? entry : null;
    }

    /// <summary>
    /// Called after a miss: true when the message was one of the last two missed in its set, so it is worth storing;
    /// otherwise remembers it as missed.
    /// </summary>
    public bool IsSecondSighting(int hash)
    {
        var first = (hash & (Sets - 1)) * 2;
        if (_missed[first] == hash || _missed[first + 1] == hash)
        {
            return true;
        }

        _missed[first + 1] = _missed[first];
        _missed[first] = hash;
        return false;
    }

    /// <summary>Stores <paramref name="entry"/> in a free way of its set, else in the way its hash picks.</summary>
    public void Store(TEntry entry)
    {
        var first = (entry.Hash & (Sets - 1)) * 2;
        var way = _entries[first] is null ? 0
            : _entries[first + 1] is null ? 1
            : (entry.Hash >>> 31) & 1;
        Volatile.Write(ref _entries[first + way], entry);
        _filled = true;
    }

    public void Clear()
    {
        if (_filled)
        {
            Array.Clear(_entries);
            _filled = false;
        }
    }
}
