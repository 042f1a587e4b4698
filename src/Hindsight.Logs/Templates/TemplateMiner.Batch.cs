using System.Buffers;
using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Templates;

public sealed partial class TemplateMiner
{
    private const int MaskChunk = 2048;
    private const int LearnSlice = 8192;

    /// <summary>
    /// Learns a batch of messages on several threads and writes each message's cluster id. The ids and templates are
    /// exactly those that calling <see cref="Learn"/> on each message in order would give, whatever
    /// <paramref name="maxDegreeOfParallelism"/> is: masking runs in parallel over the messages, clustering in
    /// parallel over token counts, each token count seeing its messages in input order.
    /// </summary>
    /// <param name="text">The text that holds the messages.</param>
    /// <param name="messages">Where each message lies in <paramref name="text"/>.</param>
    /// <param name="clusterIds">Receives one id per message; at least as long as <paramref name="messages"/>.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 for all cores.</param>
    public void LearnBatch(
        ReadOnlyMemory<char> text, ReadOnlyMemory<Range> messages, Memory<int> clusterIds, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusterIds.Length, messages.Length, nameof(clusterIds));
        _matchCache.Clear();

        // Slices small enough that the masked text is still in cache when the clustering step reads it.
        for (var start = 0; start < messages.Length; start += LearnSlice)
        {
            var length = Math.Min(LearnSlice, messages.Length - start);
            LearnSlicePart(text, messages.Slice(start, length), clusterIds.Slice(start, length), maxDegreeOfParallelism);
        }
    }

    private void LearnSlicePart(
        ReadOnlyMemory<char> text, ReadOnlyMemory<Range> messages, Memory<int> clusterIds, int maxDegreeOfParallelism)
    {
        using var masked = MaskedBatch.Create(text, messages, _maskCache, maxDegreeOfParallelism);
        LearnMaskedCore(masked, clusterIds.Span, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Masks a batch for <see cref="LearnMasked"/>. Masking depends on the message alone, so it may run on any
    /// thread, also while another batch is being learned; only the learning must follow the input order.
    /// </summary>
    internal MaskedBatch MaskBatch(ReadOnlyMemory<char> text, ReadOnlyMemory<Range> messages) =>
        MaskedBatch.Create(text, messages, _maskCache, 1);

    /// <summary>Learns a batch masked by <see cref="MaskBatch"/>, exactly as <see cref="LearnBatch"/> would.</summary>
    internal void LearnMasked(MaskedBatch masked, Span<int> clusterIds, int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusterIds.Length, masked.Count, nameof(clusterIds));
        _matchCache.Clear();
        LearnMaskedCore(masked, clusterIds, maxDegreeOfParallelism);
    }

    private void LearnMaskedCore(MaskedBatch masked, Span<int> ids, int maxDegreeOfParallelism)
    {
        var count = masked.Count;
        var order = ArrayPool<int>.Shared.Rent(count);
        var results = ArrayPool<TemplateCluster>.Shared.Rent(count);
        var buckets = masked.BucketsByTokenCount(order);
        foreach (var bucket in buckets)
        {
            PartitionFor(bucket.TokenCount);
        }

        var firstLine = _learned;
        Parallel.ForEach(
            buckets,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            bucket =>
            {
                var partition = _partitions[bucket.TokenCount];
                foreach (var index in order.AsSpan(bucket.Start, bucket.Length))
                {
                    results[index] = partition.Learn(masked.Message(index), firstLine + index, masked.Learned(index));
                }
            });
        _learned += count;
        NumberCreatedClusters();

        for (var i = 0; i < count; i++)
        {
            ids[i] = results[i].Id;
        }

        ArrayPool<int>.Shared.Return(order);
        ArrayPool<TemplateCluster>.Shared.Return(results, clearArray: true);
    }

    /// <summary>
    /// Matches a batch of messages on several threads without learning them; -1 where no cluster fits.
    /// </summary>
    /// <param name="text">The text that holds the messages.</param>
    /// <param name="messages">Where each message lies in <paramref name="text"/>.</param>
    /// <param name="clusterIds">Receives one id per message; at least as long as <paramref name="messages"/>.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 for all cores.</param>
    public void MatchBatch(
        ReadOnlyMemory<char> text, ReadOnlyMemory<Range> messages, Memory<int> clusterIds, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusterIds.Length, messages.Length, nameof(clusterIds));
        var count = messages.Length;
        var chunks = (count + MaskChunk - 1) / MaskChunk;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            chunk =>
            {
                var source = text.Span;
                var ranges = messages.Span;
                var ids = clusterIds.Span;
                var buffer = ArrayPool<char>.Shared.Rent(StackChars);
                var end = Math.Min(count, (chunk + 1) * MaskChunk);
                for (var i = chunk * MaskChunk; i < end; i++)
                {
                    var message = source[ranges[i]];
                    var cacheable = message.Length <= RawMatchCache.MaxLength;
                    var hash = cacheable ? RawMatchCache.Hash(message) : 0;
                    if (cacheable && _matchCache.TryGet(message, hash, out ids[i]))
                    {
                        continue;
                    }

                    if (buffer.Length < message.Length)
                    {
                        ArrayPool<char>.Shared.Return(buffer);
                        buffer = ArrayPool<char>.Shared.Rent(message.Length);
                    }

                    var length = MessageMasker.Mask(message, buffer, out var tokenCount);
                    ids[i] = MatchMasked(buffer.AsSpan(0, length), tokenCount);
                    if (cacheable)
                    {
                        _matchCache.Add(message, hash, ids[i]);
                    }
                }

                ArrayPool<char>.Shared.Return(buffer);
            });
    }
}
