using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Tests.Templates;

/// <summary>Ways of feeding one list of messages to a miner, so that tests can compare them.</summary>
internal static class MinerRuns
{
    public static (int[] Ids, IReadOnlyList<LogTemplate> Templates) LearnOneByOne(
        IReadOnlyList<string> messages, TemplateMinerOptions? options = null)
    {
        var miner = new TemplateMiner(options ?? TemplateMinerOptions.Default);
        var ids = messages.Select(message => miner.Learn(message)).ToArray();
        return (ids, miner.Templates);
    }

    public static (int[] Ids, IReadOnlyList<LogTemplate> Templates) LearnInBatches(
        IReadOnlyList<string> messages, int batchSize, int threads, TemplateMinerOptions? options = null)
    {
        var miner = new TemplateMiner(options ?? TemplateMinerOptions.Default);
        var ids = new int[messages.Count];
        for (var start = 0; start < messages.Count; start += batchSize)
        {
            var batch = messages.Skip(start).Take(batchSize).ToList();
            var (text, ranges) = Pack(batch);
            miner.LearnBatch(text.AsMemory(), ranges, ids.AsMemory(start, batch.Count), threads);
        }

        return (ids, miner.Templates);
    }

    /// <summary>The messages in one text, a line each, and where each lies in it.</summary>
    public static (string Text, Range[] Ranges) Pack(IReadOnlyList<string> messages)
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
