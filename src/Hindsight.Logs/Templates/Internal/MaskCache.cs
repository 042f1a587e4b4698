namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// A bounded, direct-mapped cache from a raw message to its masked form, so that an exact repeat of a message is not
/// masked again.
/// </summary>
/// <remarks>
/// Masking is a pure function of the message, so an entry never goes stale and a hit gives exactly what
/// <see cref="MessageMasker.Mask"/> would: learning and matching see the same masked text either way. Memory is
/// bounded by the slot count and the longest cached message. Threads may read and write concurrently: they only ever
/// see whole entries, and a lost or overwritten entry only costs a recomputation.
/// </remarks>
internal sealed class MaskCache
{
    /// <summary>Longer messages rarely repeat exactly and would cost memory.</summary>
    public const int MaxLength = 256;

    private const int Slots = 4096;

    private readonly Entry?[] _entries = new Entry?[Slots];

    // The hash last missed in each slot: a message is only stored on its second sighting, so that a log of unique
    // messages allocates nothing here.
    private readonly int[] _missed = new int[Slots];

    /// <summary>
    /// Writes the masked form of <paramref name="message"/> into <paramref name="destination"/>, from the cache when
    /// the same message was masked before; same contract as <see cref="MessageMasker.Mask"/>.
    /// </summary>
    public int Mask(ReadOnlySpan<char> message, Span<char> destination, out int tokenCount) =>
        Mask(message, destination, out tokenCount, out _);

    /// <summary>
    /// The same as <see cref="Mask(ReadOnlySpan{char}, Span{char}, out int)"/>, with the learning memo of the cached
    /// entry (null when the message is not cached).
    /// </summary>
    public int Mask(ReadOnlySpan<char> message, Span<char> destination, out int tokenCount, out LearnedHit? learned)
    {
        learned = null;
        if (message.Length > MaxLength)
        {
            return MessageMasker.Mask(message, destination, out tokenCount);
        }

        var hash = MessageHash.Of(message);
        var index = hash & (Slots - 1);
        var entry = Volatile.Read(ref _entries[index]);
        if (entry is not null && entry.Hash == hash && message.SequenceEqual(entry.Message))
        {
            tokenCount = entry.TokenCount;
            learned = entry.Learned;
            entry.Masked.CopyTo(destination);
            return entry.Masked.Length;
        }

        var length = MessageMasker.Mask(message, destination, out tokenCount);
        if (_missed[index] == hash)
        {
            var stored = new Entry(hash, message.ToString(), destination[..length].ToString(), tokenCount, new LearnedHit());
            Volatile.Write(ref _entries[index], stored);
            learned = stored.Learned;
        }
        else
        {
            _missed[index] = hash;
        }

        return length;
    }

    private sealed record Entry(int Hash, string Message, string Masked, int TokenCount, LearnedHit Learned);
}
