using System.Buffers;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>The masked form of every message of a batch, computed in parallel, in one pooled buffer.</summary>
internal sealed class MaskedBatch : IDisposable
{
    private const int Chunk = 2048;

    private readonly char[] _buffer;
    private readonly int[] _offsets;
    private readonly int[] _lengths;
    private readonly int[] _tokenCounts;
    private readonly LearnedHit?[] _learned;
    private readonly int _count;

    private MaskedBatch(char[] buffer, int[] offsets, int[] lengths, int[] tokenCounts, LearnedHit?[] learned, int count)
    {
        _buffer = buffer;
        _offsets = offsets;
        _lengths = lengths;
        _tokenCounts = tokenCounts;
        _learned = learned;
        _count = count;
    }

    public static MaskedBatch Create(ReadOnlyMemory<char> text, ReadOnlyMemory<Range> messages, MaskCache cache, int maxDegreeOfParallelism)
    {
        var count = messages.Length;
        var offsets = ArrayPool<int>.Shared.Rent(count);
        var total = 0L;
        var textLength = text.Length;
        var ranges = messages.Span;
        for (var i = 0; i < count; i++)
        {
            offsets[i] = checked((int)total);
            total += ranges[i].GetOffsetAndLength(textLength).Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(checked((int)total));
        var lengths = ArrayPool<int>.Shared.Rent(count);
        var tokenCounts = ArrayPool<int>.Shared.Rent(count);
        var learned = ArrayPool<LearnedHit?>.Shared.Rent(count);
        Parallel.For(
            0,
            (count + Chunk - 1) / Chunk,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            chunk =>
            {
                var source = text.Span;
                var chunkRanges = messages.Span;
                var end = Math.Min(count, (chunk + 1) * Chunk);
                for (var i = chunk * Chunk; i < end; i++)
                {
                    lengths[i] = cache.Mask(source[chunkRanges[i]], buffer.AsSpan(offsets[i]), out tokenCounts[i], out learned[i]);
                }
            });
        return new MaskedBatch(buffer, offsets, lengths, tokenCounts, learned, count);
    }

    /// <summary>How many messages the batch holds.</summary>
    public int Count => _count;

    public ReadOnlySpan<char> Message(int index) => _buffer.AsSpan(_offsets[index], _lengths[index]);

    /// <summary>The learning memo of a message the mask cache holds, or null.</summary>
    public LearnedHit? Learned(int index) => _learned[index];

    /// <summary>
    /// The messages grouped by token count (a counting sort into <paramref name="order"/>), each group in input order,
    /// largest group first so that parallel workers finish together.
    /// </summary>
    public List<TokenCountBucket> BucketsByTokenCount(int[] order)
    {
        // Token counts never exceed MessageMasker.MaxTokens, so plain arrays index them.
        Span<int> sizes = stackalloc int[MessageMasker.MaxTokens + 1];
        sizes.Clear();
        var tokenCounts = _tokenCounts.AsSpan(0, _count);
        foreach (var tokenCount in tokenCounts)
        {
            sizes[tokenCount]++;
        }

        Span<int> next = stackalloc int[MessageMasker.MaxTokens + 1];
        var buckets = new List<TokenCountBucket>();
        var offset = 0;
        for (var tokenCount = 0; tokenCount < sizes.Length; tokenCount++)
        {
            next[tokenCount] = offset;
            if (sizes[tokenCount] > 0)
            {
                buckets.Add(new TokenCountBucket(tokenCount, offset, sizes[tokenCount]));
                offset += sizes[tokenCount];
            }
        }

        for (var i = 0; i < tokenCounts.Length; i++)
        {
            order[next[tokenCounts[i]]++] = i;
        }

        buckets.Sort(static (left, right) => right.Length != left.Length
            ? right.Length.CompareTo(left.Length)
            : left.TokenCount.CompareTo(right.TokenCount));
        return buckets;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        ArrayPool<int>.Shared.Return(_offsets);
        ArrayPool<int>.Shared.Return(_lengths);
        ArrayPool<int>.Shared.Return(_tokenCounts);
        ArrayPool<LearnedHit?>.Shared.Return(_learned, clearArray: true);
    }
}
