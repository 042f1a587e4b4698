using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Tests.Templates;

public class TemplateMinerCacheTests
{
    [Fact]
    public void Match_AfterMoreLearning_SeesTheNewTemplates()
    {
        var miner = new TemplateMiner();
        miner.Learn("disk full on volume 3");
        Assert.Equal(-1, miner.Match("connection reset by peer 10.0.0.1"));

        var id = miner.Learn("connection reset by peer 10.0.0.2");

        Assert.Equal(id, miner.Match("connection reset by peer 10.0.0.1"));
    }

    [Fact]
    public void MatchBatch_AfterLearnBatch_SeesTheNewTemplates()
    {
        var miner = new TemplateMiner();
        const string Text = "connection reset by peer 10.0.0.1";
        var ranges = new[] { new Range(0, Text.Length) };
        var ids = new int[1];
        miner.MatchBatch(Text.AsMemory(), ranges, ids, 1);
        Assert.Equal(-1, ids[0]);

        miner.LearnBatch(Text.AsMemory(), ranges, ids, 1);
        var learned = ids[0];
        miner.MatchBatch(Text.AsMemory(), ranges, ids, 1);

        Assert.Equal(learned, ids[0]);
    }

    [Fact]
    public void Learn_ExactRepeats_GiveTheSameIdsAsAFreshMiner()
    {
        string[] messages =
        [
            "session opened for user root by (uid=0)",
            "Accepted password for alice from 10.1.2.3 port 5122 ssh2",
            "session opened for user root by (uid=0)",
            "Accepted password for bob from 10.1.2.4 port 5123 ssh2",
            "Accepted password for alice from 10.1.2.3 port 5122 ssh2",
        ];
        var reference = new TemplateMiner();
        var expected = messages.Select(message => reference.Learn(message)).ToArray();

        var miner = new TemplateMiner();
        var first = messages.Select(message => miner.Learn(message)).ToArray();
        var matched = messages.Concat(messages).Select(message => miner.Match(message)).ToArray();

        Assert.Equal(expected, first);
        Assert.Equal(messages.Select(message => reference.Match(message)).Concat(messages.Select(message => reference.Match(message))), matched);
    }

    [Fact]
    public void LearnBatch_RepeatsWhilePartitionCachesAreCleared_LearnsAsOneByOne()
    {
        // Batch learning remembers, beside each cached raw message, what its partition's cache held; a cache that is
        // cleared in between (capacity 3 here, fewer than the distinct messages) must make it look up again.
        var options = TemplateMinerOptions.Default with { CacheCapacity = 3 };
        string[] distinct =
        [
            "worker alpha state ready", "worker beta state ready", "worker gamma state ready", "worker delta state ready",
            "queue alpha drained now", "queue beta drained now", "disk volume full again", "worker alpha state failed",
        ];
        var messages = Enumerable.Range(0, 240).Select(i => distinct[(i * 5 + i / 16) % distinct.Length]).ToArray();
        var sequential = MinerRuns.LearnOneByOne(messages, options);

        var batched = MinerRuns.LearnInBatches(messages, batchSize: 40, threads: 2, options);

        Assert.Equal(sequential.Ids, batched.Ids);
        Assert.Equal(sequential.Templates, batched.Templates);
    }
}
