using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Tests.Templates;

public class TemplateMinerPropertyTests
{
    [Property(MaxTest = 300)]
    public bool LearnAndMatch_ArbitraryText_NeverThrowAndAgree(string[]? history, string? message)
    {
        var miner = new TemplateMiner();
        foreach (var earlier in history ?? [])
        {
            var id = miner.Learn(earlier ?? string.Empty);
            _ = miner.GetTemplate(id);
        }

        var learned = miner.Learn(message ?? string.Empty);

        return miner.Match(message ?? string.Empty) == learned && miner.GetTemplate(learned) is not null;
    }

    [Property(MaxTest = 200)]
    public Property LearnThenMatch_LogLikeMessages_ReturnsTheLearnedCluster() =>
        Prop.ForAll(LogLikeBatches().ToArbitrary(), messages =>
        {
            var miner = new TemplateMiner();
            foreach (var message in messages)
            {
                var id = miner.Learn(message);
                if (miner.Match(message) != id)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 1000)]
    public Property LearnThenMatch_WithoutTheExactMatchCache_ReturnsTheLearnedCluster() =>
        Prop.ForAll(LogLikeBatches().ToArbitrary(), messages =>
        {
            // The tree search alone must find the cluster that learning chose, as it does for messages the cache
            // has forgotten.
            var miner = new TemplateMiner(TemplateMinerOptions.Default with { CacheCapacity = 0 });
            foreach (var message in messages)
            {
                var id = miner.Learn(message);
                if (miner.Match(message) != id)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    public Property LearnBatch_LogLikeMessages_EqualsSequentialLearning() =>
        Prop.ForAll(LogLikeBatches().ToArbitrary(), messages =>
        {
            var sequential = MinerRuns.LearnOneByOne(messages);

            var batch = new TemplateMiner();
            var (text, ranges) = MinerRuns.Pack(messages);
            var actual = new int[messages.Length];
            batch.LearnBatch(text.AsMemory(), ranges, actual, maxDegreeOfParallelism: 3);
            return sequential.Ids.SequenceEqual(actual)
                && sequential.Templates.SequenceEqual(batch.Templates);
        });

    [Property(MaxTest = 300)]
    public Property LearnBatch_RepeatsAcrossBatchesWithATinyCache_EqualsSequentialLearning() =>
        Prop.ForAll(LogLikeBatches().ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 1000)).ToArbitrary(), (pool, picks) =>
        {
            // Exact repeats over several batches, with partition caches cleared every few messages: the batch path
            // remembers cache hits beside the raw messages and must notice when they no longer stand.
            if (pool.Length == 0)
            {
                return true;
            }

            var options = TemplateMinerOptions.Default with { CacheCapacity = 2 };
            var messages = picks.Select(pick => pool[pick % Math.Min(pool.Length, 6)]).ToArray();
            var sequential = MinerRuns.LearnOneByOne(messages, options);
            var batched = MinerRuns.LearnInBatches(messages, batchSize: 7, threads: 2, options);
            return sequential.Ids.SequenceEqual(batched.Ids) && sequential.Templates.SequenceEqual(batched.Templates);
        });

    [Property(MaxTest = 100)]
    public Property MatchBatch_LogLikeMessages_EqualsMatchOneByOne() =>
        Prop.ForAll(LogLikeBatches().ToArbitrary(), LogLikeBatches().ToArbitrary(), (learned, probes) =>
        {
            var miner = new TemplateMiner();
            foreach (var message in learned)
            {
                miner.Learn(message);
            }

            var (text, ranges) = MinerRuns.Pack(probes);
            var ids = new int[probes.Length];
            miner.MatchBatch(text.AsMemory(), ranges, ids, maxDegreeOfParallelism: 2);
            return probes.Select(probe => miner.Match(probe)).SequenceEqual(ids);
        });

    // Messages built from a small vocabulary with numbers, punctuation, quotes and paths, so that clusters form and
    // merge, words repeat at positions and variables collapse: the interesting paths, rather than unrelated noise.
    private static Gen<string[]> LogLikeBatches()
    {
        var token = Gen.OneOf(
            Gen.Elements("start", "stop", "user", "root", "alice", "from", "to", "failed", "ok", "=", "key=", "\"",
                "a \"quoted value\"", "/var/log/x", "C:\\a\\b", "true", "null", "Jun", "(uid=0)", "blk_", "-", ""),
            Gen.Choose(-1000, 100000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements(" ", "\t", "  ", ",", ":", "."));
        var message = Gen.ListOf(token).Select(tokens => string.Join(" ", tokens));
        return Gen.ArrayOf(message);
    }
}
