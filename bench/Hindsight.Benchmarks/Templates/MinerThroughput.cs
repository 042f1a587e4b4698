using System.Diagnostics;
using System.Globalization;
using Hindsight.Logs.Templates;

namespace Hindsight.Benchmarks.Templates;

/// <summary>
/// A quick lines/s table for the miner: generated messages, and the raw Loghub-2k lines read at run time from
/// <c>../shared/corpus/loghub</c> when present (repeated to the same count; whole lines, headers included).
/// Batches are 32 Ki lines, as in <c>hindsight logs parse</c>.
/// </summary>
public static class MinerThroughput
{
    // The batch size `hindsight logs parse` hands to the miner.
    private const int BatchLines = 32 * 1024;
    private const int NoTemplates = -1;

    // Results of the reference loops go here so that the JIT cannot drop the loops.
    public static long Sink { get; private set; }

    public static int Run(int lines)
    {
        Console.WriteLine("lines/s = lines / wall time; per CPU-s = lines / process CPU time (robust on a busy machine)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"input",-28} {"operation",-22} {"threads",7} {"lines/s",12} {"per CPU-s",12} {"templates",9}"));
        Measure("generated Loghub-like", GeneratedMessages.Create(lines, seed: 42));
        var corpus = LoghubLines.Load(lines);
        if (corpus is not null)
        {
            Measure("Loghub-2k raw lines, 10 sys", corpus);
        }

        return 0;
    }

    private static void Measure(string input, GeneratedMessages messages)
    {
        var ids = new int[messages.Count];
        var text = messages.Text.AsMemory();

        // Warm up the JIT on a slice.
        new TemplateMiner().LearnBatch(text, messages.Ranges.AsMemory(0, Math.Min(20_000, messages.Count)), ids, 1);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var spaces = 0;
        foreach (var range in messages.Ranges)
        {
            foreach (var c in messages.Text.AsSpan()[range])
            {
                spaces += c == ' ' ? 1 : 0;
            }
        }

        Sink = spaces;
        Report(input, "scalar char loop", 1, messages.Count, watch, ref cpu, NoTemplates);

        var buffer = new char[4096];
        var spanText = messages.Text.AsSpan();
        var tokens = 0L;
        foreach (var range in messages.Ranges)
        {
            var message = spanText[range];
            if (message.Length <= buffer.Length)
            {
                Hindsight.Logs.Templates.Internal.MessageMasker.Mask(message, buffer, out var count);
                tokens += count;
            }
        }

        Sink = tokens;
        Report(input, "masking only", 1, messages.Count, watch, ref cpu, NoTemplates);
        var sequential = new TemplateMiner();
        var span = messages.Text.AsSpan();
        foreach (var range in messages.Ranges)
        {
            sequential.Learn(span[range]);
        }

        Report(input, "Learn (one at a time)", 1, messages.Count, watch, ref cpu, sequential.ClusterCount);

        TemplateMiner? trained = null;
        foreach (var threads in new[] { 1, 2 })
        {
            trained = new TemplateMiner();
            for (var start = 0; start < messages.Count; start += BatchLines)
            {
                var length = Math.Min(BatchLines, messages.Count - start);
                trained.LearnBatch(text, messages.Ranges.AsMemory(start, length), ids.AsMemory(start, length), threads);
            }

            Report(input, "LearnBatch", threads, messages.Count, watch, ref cpu, trained.ClusterCount);
        }

        foreach (var threads in new[] { 1, 2 })
        {
            for (var start = 0; start < messages.Count; start += BatchLines)
            {
                var length = Math.Min(BatchLines, messages.Count - start);
                trained!.MatchBatch(text, messages.Ranges.AsMemory(start, length), ids.AsMemory(start, length), threads);
            }

            Report(input, "MatchBatch", threads, messages.Count, watch, ref cpu, trained!.ClusterCount);
        }
    }

    private static void Report(string input, string operation, int threads, int count, Stopwatch watch, ref TimeSpan cpu, int templates)
    {
        var elapsed = watch.Elapsed;
        var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
        var cpuUsed = cpuNow - cpu;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{input,-28} {operation,-22} {threads,7} {count / elapsed.TotalSeconds,12:N0} {count / cpuUsed.TotalSeconds,12:N0} {(templates < 0 ? "-" : templates.ToString(CultureInfo.InvariantCulture)),9}"));
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
    }
}
