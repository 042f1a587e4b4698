using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Tests.Templates;

public class TemplateMinerBatchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    public void LearnBatch_AnyThreadCount_GivesTheSequentialResult(int threads)
    {
        var messages = SyntheticLog.Messages(seed: 7, count: 6000);
        var (sequentialIds, sequentialTemplates) = MinerRuns.LearnOneByOne(messages);

        var (batchIds, batchTemplates) = MinerRuns.LearnInBatches(messages, batchSize: 1000, threads);

        Assert.Equal(sequentialIds, batchIds);
        Assert.Equal(sequentialTemplates, batchTemplates);
    }

    [Fact]
    public void LearnBatch_RepeatedRuns_GiveIdenticalResults()
    {
        var messages = SyntheticLog.Messages(seed: 11, count: 4000);

        var first = MinerRuns.LearnInBatches(messages, batchSize: 4000, threads: -1);
        var second = MinerRuns.LearnInBatches(messages, batchSize: 4000, threads: -1);

        Assert.Equal(first.Ids, second.Ids);
        Assert.Equal(first.Templates, second.Templates);
    }

    [Fact]
    public void MatchBatch_AfterLearning_AgreesWithMatch()
    {
        var messages = SyntheticLog.Messages(seed: 3, count: 3000);
        var miner = new TemplateMiner();
        foreach (var message in messages)
        {
            miner.Learn(message);
        }

        var (text, ranges) = MinerRuns.Pack(messages);
        var ids = new int[messages.Count];
        miner.MatchBatch(text.AsMemory(), ranges, ids, maxDegreeOfParallelism: 2);

        Assert.Equal(messages.Select(message => miner.Match(message)), ids);
        Assert.DoesNotContain(-1, ids);
    }

    [Fact]
    public void LearnBatch_TooFewIdSlots_Throws()
    {
        var miner = new TemplateMiner();

        Assert.Throws<ArgumentOutOfRangeException>(
            () => miner.LearnBatch("ab".AsMemory(), new[] { 0..1, 1..2 }, new int[1]));
    }
}
