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
        var (sequentialIds, sequentialTemplates) = LearnOneByOne(messages);

        var (batchIds, batchTemplates) = LearnInBatches(messages, batchSize: 1000, threads);

        Assert.Equal(sequentialIds, batchIds);
        Assert.Equal(sequentialTemplates, batchTemplates);
    }

    [Fact]
    public void LearnBatch_RepeatedRuns_GiveIdenticalResults()
    {
        var messages = SyntheticLog.Messages(seed: 11, count: 4000);

        var first = LearnInBatches(messages, batchSize: 4000, threads: -1);
        var second = LearnInBatches(messages, batchSize: 4000, threads: -1);

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

        var (text, ranges) = Pack(messages);
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

    private static (int[] Ids, IReadOnlyList<LogTemplate> Templates) LearnOneByOne(List<string> messages)
    {
        var miner = new TemplateMiner();
        var ids = messages.Select(message => miner.Learn(message)).ToArray();
        return (ids, miner.Templates);
    }

    private static (int[] Ids, IReadOnlyList<LogTemplate> Templates) LearnInBatches(
        List<string> messages, int batchSize, int threads)
    {
        var miner = new TemplateMiner();
        var ids = new int[messages.Count];
        for (var start = 0; start < messages.Count; start += batchSize)
        {
            var batch = messages.Skip(start).Take(batchSize).ToList();
            var (text, ranges) = Pack(batch);
            miner.LearnBatch(text.AsMemory(), ranges, ids.AsMemory(start, batch.Count), threads);
        }

        return (ids, miner.Templates);
    }

    private static (string Text, Range[] Ranges) Pack(List<string> messages)
    {
        var ranges = new Range[messages.Count];
        var offset = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            ranges[i] = new Range(offset, offset + messages[i].Length);
            offset += messages[i].Length + 1;
        }

        return (string.Join('\n', messages), ranges);
    }
}
