using BenchmarkDotNet.Attributes;
using Hindsight.Logs.Templates;

namespace Hindsight.Benchmarks.Templates;

/// <summary>
/// Template mining throughput on generated Loghub-like messages: one operation is one pass over
/// <see cref="Lines"/> messages, so lines/s = Lines / mean time.
/// </summary>
[MemoryDiagnoser]
public class MinerBenchmarks
{
    public const int Lines = 200_000;

    private GeneratedMessages _messages = null!;
    private TemplateMiner _trained = null!;
    private int[] _ids = null!;

    [GlobalSetup]
    public void Setup()
    {
        _messages = GeneratedMessages.Create(Lines, seed: 42);
        _ids = new int[Lines];
        _trained = new TemplateMiner();
        _trained.LearnBatch(_messages.Text.AsMemory(), _messages.Ranges, _ids, 1);
    }

    [Benchmark(Description = "Learn, one message at a time")]
    public int LearnSequential()
    {
        var miner = new TemplateMiner();
        var text = _messages.Text.AsSpan();
        var last = 0;
        foreach (var range in _messages.Ranges)
        {
            last = miner.Learn(text[range]);
        }

        return last;
    }

    [Benchmark(Description = "LearnBatch")]
    [Arguments(1)]
    [Arguments(2)]
    public int LearnBatch(int threads)
    {
        var miner = new TemplateMiner();
        miner.LearnBatch(_messages.Text.AsMemory(), _messages.Ranges, _ids, threads);
        return miner.ClusterCount;
    }

    [Benchmark(Description = "MatchBatch, trained miner")]
    [Arguments(1)]
    [Arguments(2)]
    public int MatchBatch(int threads)
    {
        _trained.MatchBatch(_messages.Text.AsMemory(), _messages.Ranges, _ids, threads);
        return _ids[^1];
    }
}
