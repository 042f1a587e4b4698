using System.Buffers;
using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Templates;

/// <summary>
/// Groups log messages into event templates: variables are masked (numbers, addresses, ids, paths, durations, ...),
/// then messages with the same token count go down a fixed-depth prefix tree over their first tokens and join the most
/// similar cluster at the leaf (the Drain idea), or start a new one.
/// </summary>
/// <remarks>
/// Memory holds templates and a bounded cache only, never one entry per message, so any input size runs in flat
/// memory; a message longer than 128 tokens is mined on its first 127 tokens plus one variable for the rest. <see cref="Learn"/> and the batch methods must not run concurrently with anything else;
/// <see cref="Match"/> and <see cref="MatchBatch"/> may run concurrently with each other. The outcome depends only on
/// the order of the messages: <see cref="LearnBatch"/> gives the same ids and templates as calling <see cref="Learn"/>
/// on each message in turn, whatever the degree of parallelism.
/// </remarks>
public sealed partial class TemplateMiner
{
    private const int StackChars = 512;

    private readonly Dictionary<int, LengthPartition> _partitions = [];
    private readonly List<TemplateCluster> _clusters = [];
    private readonly RawMatchCache _matchCache = new();
    private readonly MaskCache _maskCache = new();
    private long _learned;

    /// <summary>Creates a miner with <see cref="TemplateMinerOptions.Default"/>.</summary>
    public TemplateMiner()
        : this(TemplateMinerOptions.Default)
    {
    }

    /// <summary>Creates a miner with the given options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TemplateMiner(TemplateMinerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The options in use.</summary>
    public TemplateMinerOptions Options { get; }

    /// <summary>Number of clusters; ids run from 0 to <c>ClusterCount - 1</c>.</summary>
    public int ClusterCount => _clusters.Count;

    /// <summary>A snapshot of every template, in id order; clusters absorbed into an older one are left out.</summary>
    public IReadOnlyList<LogTemplate> Templates
    {
        get
        {
            var templates = new List<LogTemplate>();
            foreach (var cluster in _clusters)
            {
                if (cluster.IsRepresentative)
                {
                    templates.Add(new LogTemplate(cluster.Id, cluster.Render(), cluster.Count));
                }
            }

            return templates;
        }
    }

    /// <summary>Adds a message and returns the id of its cluster; the id never changes afterwards.</summary>
    public int Learn(ReadOnlySpan<char> message)
    {
        _matchCache.Clear();
        char[]? rented = null;
        var buffer = message.Length <= StackChars
            ? stackalloc char[message.Length]
            : (rented = ArrayPool<char>.Shared.Rent(message.Length));
        var length = _maskCache.Mask(message, buffer, out var tokenCount);
        var cluster = PartitionFor(tokenCount).Learn(buffer[..length], _learned++);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        if (cluster.Id < 0)
        {
            NumberCreatedClusters();
        }

        return cluster.Id;
    }

    /// <summary>The id of the cluster that best fits the message, without learning it; -1 when none fits.</summary>
    public int Match(ReadOnlySpan<char> message)
    {
        var cacheable = message.Length <= RawMatchCache.MaxLength;
        var hash = cacheable ? RawMatchCache.Hash(message) : 0;
        if (cacheable && _matchCache.TryGet(message, hash, out var cachedId))
        {
            return cachedId;
        }

        char[]? rented = null;
        var buffer = message.Length <= StackChars
            ? stackalloc char[message.Length]
            : (rented = ArrayPool<char>.Shared.Rent(message.Length));
        var length = MessageMasker.Mask(message, buffer, out var tokenCount);
        var id = MatchMasked(buffer[..length], tokenCount);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        if (cacheable)
        {
            _matchCache.Add(message, hash, id);
        }

        return id;
    }

    /// <summary>The current template of a cluster, each variable written as <c>&lt;*&gt;</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No cluster has this id.</exception>
    public string GetTemplate(int clusterId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clusterId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(clusterId, _clusters.Count);
        return _clusters[clusterId].Representative().Render();
    }

    private int MatchMasked(ReadOnlySpan<char> masked, int tokenCount) =>
        _partitions.TryGetValue(tokenCount, out var partition) ? partition.Match(masked)?.Id ?? -1 : -1;

    private LengthPartition PartitionFor(int tokenCount)
    {
        if (!_partitions.TryGetValue(tokenCount, out var partition))
        {
            partition = new LengthPartition(Options, tokenCount);
            _partitions.Add(tokenCount, partition);
        }

        return partition;
    }

    // Clusters are numbered in the order of the message that created them, which is what makes a parallel batch
    // number them exactly as a sequential run would.
    private void NumberCreatedClusters()
    {
        var created = new List<TemplateCluster>();
        foreach (var partition in _partitions.Values)
        {
            created.AddRange(partition.Created);
            partition.Created.Clear();
        }

        created.Sort(static (left, right) => left.FirstLine.CompareTo(right.FirstLine));
        foreach (var cluster in created)
        {
            cluster.Id = _clusters.Count;
            _clusters.Add(cluster);
        }
    }
}
