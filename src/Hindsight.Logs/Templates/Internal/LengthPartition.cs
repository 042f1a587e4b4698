using System.Buffers;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// All clusters of messages with one token count: a Drain-style prefix tree over the first tokens, the clusters at its
/// leaves, and a bounded exact-match cache from masked text to cluster.
/// </summary>
/// <remarks>
/// Partitions never share state, so a batch can process different partitions on different threads; each partition
/// sees its messages in input order, which makes the outcome independent of the number of threads. The cache is part
/// of that state (cleared as a whole when full), so results stay deterministic; a hit returns the cluster the same
/// masked text joined last time, which is what keeps ids stable for repeated messages.
/// </remarks>
internal sealed class LengthPartition
{
    private const int StackTokens = 128;

    // Long messages rarely repeat exactly; caching them would only cost memory.
    private const int MaxCachedLength = 512;

    private readonly TemplateMinerOptions _options;
    private readonly int _tokenCount;
    private readonly PrefixTreeNode _root = new();
    private readonly Dictionary<string, TemplateCluster> _cache = new(StringComparer.Ordinal);

    // Made once: getting it checks the comparer's type, which showed in profiles as a per-line cost.
    private readonly Dictionary<string, TemplateCluster>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    // Counts the clears of the cache, so that a remembered hit (LearnedHit) can tell whether it still stands.
    private long _cacheGeneration;

    public LengthPartition(TemplateMinerOptions options, int tokenCount)
    {
        _options = options;
        _tokenCount = tokenCount;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Clusters created since the owner last numbered them, in creation order.</summary>
    public List<TemplateCluster> Created { get; } = [];

    /// <summary>Adds one masked message and returns its cluster.</summary>
    public TemplateCluster Learn(ReadOnlySpan<char> masked, long line) => Learn(masked, line, null);

    /// <summary>
    /// Adds one masked message and returns its cluster; <paramref name="memo"/>, when given, belongs to this exact
    /// masked text: it skips the cache look-up when it remembers what the cache held, and learns what the cache holds.
    /// </summary>
    public TemplateCluster Learn(ReadOnlySpan<char> masked, long line, LearnedHit? memo)
    {
        // A remembered hit is what the cache would return: it still maps this text to that cluster.
        TemplateCluster? cached = null;
        if (memo?.TryRecall(this, _cacheGeneration, out cached) != true && _cacheBySpan.TryGetValue(masked, out cached))
        {
            memo?.Remember(this, _cacheGeneration, cached);
        }

        if (cached is not null)
        {
            var representative = cached.Representative();
            representative.Count++;
            return representative;
        }

        Range[]? rented = null;
        var tokens = _tokenCount <= StackTokens
            ? stackalloc Range[_tokenCount]
            : (rented = ArrayPool<Range>.Shared.Rent(_tokenCount)).AsSpan(0, _tokenCount);
        Split(masked, tokens);

        var similar = FindForLearning(masked, tokens);
        if (similar is null)
        {
            similar = Create(masked, tokens);
        }
        else
        {
            Merge(similar, masked, tokens);
        }

        var cluster = similar.Record(masked, tokens, line, Created);

        if (rented is not null)
        {
            ArrayPool<Range>.Shared.Return(rented);
        }

        cluster.Count++;
        if (masked.Length <= MaxCachedLength && _options.CacheCapacity > 0)
        {
            if (_cache.Count >= _options.CacheCapacity)
            {
                _cache.Clear();
                _cacheGeneration++;
            }

            _cacheBySpan[masked] = cluster;
            memo?.Remember(this, _cacheGeneration, cluster);
        }

        return cluster;
    }

    /// <summary>The best cluster for a masked message, without changing anything; null when none is similar enough.</summary>
    public TemplateCluster? Match(ReadOnlySpan<char> masked)
    {
        if (_cacheBySpan.TryGetValue(masked, out var cached))
        {
            return cached.Representative();
        }

        Range[]? rented = null;
        var tokens = _tokenCount <= StackTokens
            ? stackalloc Range[_tokenCount]
            : (rented = ArrayPool<Range>.Shared.Rent(_tokenCount)).AsSpan(0, _tokenCount);
        Split(masked, tokens);
        var result = FindForMatching(masked, tokens)?.Find(masked, tokens);
        if (rented is not null)
        {
            ArrayPool<Range>.Shared.Return(rented);
        }

        return result;
    }

    private SimilarityCluster? FindForLearning(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens)
    {
        var leaf = Search(masked, tokens);
        if (leaf is null)
        {
            return null;
        }

        SimilarityCluster? best = null;
        var bestSimilarity = -1.0;
        var bestWildcards = -1;
        foreach (var cluster in leaf.Clusters)
        {
            var template = cluster.Tokens;
            var same = 0;
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] is { } constant ? masked[tokens[i]].SequenceEqual(constant) : MessageMasker.IsVariable(masked[tokens[i]]))
                {
                    same++;
                }
            }

            var wildcards = template.Length - cluster.ConstantCount;
            // Drain's similarity (equal constants over length), except that a masked variable facing a wildcard
            // agrees too: otherwise a message made mostly of variables could not even join its own cluster.
            var similarity = _tokenCount == 0 ? 1.0 : (double)same / _tokenCount;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && wildcards > bestWildcards))
            {
                best = cluster;
                bestSimilarity = similarity;
                bestWildcards = wildcards;
            }
        }

        return bestSimilarity >= _options.SimilarityThreshold ? best : null;
    }

    private SimilarityCluster? FindForMatching(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens)
    {
        var leaf = Search(masked, tokens);
        if (leaf is null)
        {
            return null;
        }

        SimilarityCluster? best = null;
        var bestAgreeing = -1;
        var bestConstants = -1;
        foreach (var cluster in leaf.Clusters)
        {
            var template = cluster.Tokens;
            var agreeing = 0;
            var constants = 0;
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] is not { } constant)
                {
                    agreeing++;
                }
                else if (masked[tokens[i]].SequenceEqual(constant))
                {
                    agreeing++;
                    constants++;
                }
            }

            if (agreeing > bestAgreeing || (agreeing == bestAgreeing && constants > bestConstants))
            {
                best = cluster;
                bestAgreeing = agreeing;
                bestConstants = constants;
            }
        }

        var similarity = _tokenCount == 0 ? 1.0 : (double)bestAgreeing / _tokenCount;
        return similarity >= _options.SimilarityThreshold ? best : null;
    }

    private PrefixTreeNode? Search(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens)
    {
        var node = _root;
        var levels = Math.Min(_options.Depth - 2, tokens.Length);
        for (var level = 0; level < levels && node is not null; level++)
        {
            node = node.Find(masked[tokens[level]]);
        }

        return node;
    }

    private SimilarityCluster Create(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens)
    {
        var template = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = masked[tokens[i]];
            template[i] = MessageMasker.IsVariable(token) ? null : token.ToString();
        }

        var cluster = new SimilarityCluster(template, _options.MaxDistinctWords);

        var node = _root;
        var levels = Math.Min(_options.Depth - 2, tokens.Length);
        for (var level = 0; level < levels; level++)
        {
            node = node.FindOrAdd(masked[tokens[level]], _options.MaxChildren);
        }

        node.Clusters.Add(cluster);
        return cluster;
    }

    private static void Merge(SimilarityCluster cluster, ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens)
    {
        var template = cluster.Tokens;
        var changed = false;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] is { } constant && !masked[tokens[i]].SequenceEqual(constant))
            {
                template[i] = null;
                changed = true;
            }
        }

        if (changed)
        {
            cluster.Invalidate();
        }
    }

    private static void Split(ReadOnlySpan<char> masked, Span<Range> tokens)
    {
        var start = 0;
        var index = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] == ' ')
            {
                tokens[index++] = new Range(start, i);
                start = i + 1;
            }
        }

        if (index < tokens.Length)
        {
            tokens[index] = new Range(start, masked.Length);
        }
    }
}
