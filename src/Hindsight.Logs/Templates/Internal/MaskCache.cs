namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// A bounded cache from a raw message to its masked form, so that an exact repeat of a message is not
/// masked again.
/// </summary>
/// <remarks>
/// Masking is a pure function of the message, so an entry never goes stale and a hit gives exactly what
/// <see cref="MessageMasker.Mask"/> would: learning and matching see the same masked text either way. Memory is
/// bounded by the slot count and the longest cached message; threads share it as <see cref="MessageSlots{TEntry}"/>
/// says.
/// </remarks>
internal sealed class MaskCache
{
    /// <summary>Longer messages rarely repeat exactly and would cost memory.</summary>
    public const int MaxLength = 256;

    private readonly MessageSlots<Entry> _slots = new();

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
        if (_slots.Find(message, hash) is { } entry)
        {
            tokenCount = entry.TokenCount;
            learned = entry.Learned;
            entry.Masked.CopyTo(destination);
            return entry.Masked.Length;
        }

        var length = MessageMasker.Mask(message, destination, out tokenCount);
        if (_slots.IsSecondSighting(hash))
        {
            var stored = new Entry(hash, message.ToString(), destination[..length].ToString(), tokenCount, new LearnedHit());
            _slots.Store(stored);
            learned = stored.Learned;
        }

        return length;
    }

    private sealed class Entry(int hash, string message, string masked, int tokenCount, LearnedHit learned) : CachedMessage(hash, message)
    {
        public string Masked { get; } = masked;

        public int TokenCount { get; } = tokenCount;

        public LearnedHit Learned { get; } = learned;
    }
}
