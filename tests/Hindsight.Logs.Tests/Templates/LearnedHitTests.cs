using Hindsight.Logs.Templates;
using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Tests.Templates;

public class LearnedHitTests
{
    // Generations count the clears of a partition's cache, from 0.
    private static readonly TemplateMinerOptions TwoEntryCache = TemplateMinerOptions.Default with { CacheCapacity = 2 };

    [Fact]
    public void Learn_WithAMemo_RemembersWhatThePartitionCacheHolds()
    {
        var partition = new LengthPartition(TwoEntryCache, 3);
        var memo = new LearnedHit();

        var cluster = partition.Learn("disk is full", 0, memo);

        Assert.True(memo.TryRecall(partition, 0, out var remembered));
        Assert.Same(cluster, remembered.Representative());
        Assert.False(memo.TryRecall(new LengthPartition(TwoEntryCache, 3), 0, out _));
    }

    [Fact]
    public void Learn_AfterThePartitionCacheWasCleared_DoesNotRecallTheOldMemo()
    {
        var partition = new LengthPartition(TwoEntryCache, 3);
        var memo = new LearnedHit();
        partition.Learn("disk is full", 0, memo);

        // The third distinct text finds the two-entry cache full and clears it: the memo of the first no longer stands.
        partition.Learn("queue drained fast", 1, null);
        partition.Learn("mail sent ok", 2, null);
        Assert.False(memo.TryRecall(partition, 1, out _));

        var again = partition.Learn("disk is full", 3, memo);

        Assert.True(memo.TryRecall(partition, 1, out var remembered));
        Assert.Same(again, remembered.Representative());
        Assert.Equal(2, again.Count);
    }
}
