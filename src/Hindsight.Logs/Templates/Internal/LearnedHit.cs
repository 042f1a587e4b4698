using System.Diagnostics.CodeAnalysis;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// What a partition's exact-match cache held for one masked text when it was last learned, kept beside the raw message
/// in the <see cref="MaskCache"/>: an exact repeat of the message is then learned without hashing and comparing its
/// masked text a second time.
/// </summary>
/// <remarks>
/// Valid only while the partition's cache has not been cleared since (its generation), so a recalled cluster is
/// always the one the cache look-up would have found and learning stays exactly the same. Read and written by the
/// thread that learns the partition only.
/// </remarks>
internal sealed class LearnedHit
{
    private LengthPartition? _partition;
    private long _generation;
    private TemplateCluster? _cluster;

    public bool TryRecall(LengthPartition partition, long generation, [NotNullWhen(true)] out TemplateCluster? cluster)
    {
        cluster = ReferenceEquals(_partition, partition) && _generation == generation ? _cluster : null;
        return cluster is not null;
    }

    public void Remember(LengthPartition partition, long generation, TemplateCluster cluster)
    {
        _partition = partition;
        _generation = generation;
        _cluster = cluster;
    }
}
