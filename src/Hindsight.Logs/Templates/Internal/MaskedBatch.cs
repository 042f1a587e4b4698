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
    private readonly int _count;

    private MaskedBatch(char[] buffer, int[] offsets, int[] lengths, int[] tokenCounts, int count)
    {
        _buffer = buffer;
        _offsets = offsets;
        _lengths = lengths;
        _tokenCounts = tokenCounts;
        _count = count;
    }

    public static MaskedBatch Create(ReadOnlyMemory<char> text, ReadOnlyMemory<Range> messages, int maxDegreeOfParallelism)
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
                    lengths[i] = MessageMasker.Mask(source[chunkRanges[i]], buffer.AsSpan(offsets[i]), out tokenCounts[i]);
                }
            });
        return new MaskedBatch(buffer, offsets, lengths, tokenCounts, count);
    }

    public ReadOnlySpan<char> Message(int index) => _buffer.AsSpan(_offsets[index], _lengths[index]);

    /// <summary>The messages grouped by token count, each group in input order, largest group first.</summary>
    public List<TokenCountBucket> BucketsByTokenCount()
    {
        var byCount = new Dictionary<int, List<int>>();
        var lastCount = -1;
        List<int>? last = null;
        for (var i = 0; i < _count; i++)
        {
            var tokenCount = _tokenCounts[i];
            if (tokenCount != lastCount || last is null)
            {
                if (!byCount.TryGetValue(tokenCount, out last))
                {
                    last = [];
                    byCount.Add(tokenCount, last);
                }

                lastCount = tokenCount;
            }

            last.Add(i);
        }

        var buckets = new List<TokenCountBucket>(byCount.Count);
        foreach (var (tokenCount, lines) in byCount)
        {
            buckets.Add(new TokenCountBucket(tokenCount, lines));
        }

        buckets.Sort(static (left, right) => right.Lines.Count != left.Lines.Count
            ? right.Lines.Count.CompareTo(left.Lines.Count)
            : left.TokenCount.CompareTo(right.TokenCount));
        return buckets;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        ArrayPool<int>.Shared.Return(_offsets);
        ArrayPool<int>.Shared.Return(_lengths);
        ArrayPool<int>.Shared.Return(_tokenCounts);
    }
}
