using System.Globalization;
using Hindsight.Logs.Templates;

namespace Hindsight.Benchmarks.Templates;

/// <summary>
/// Shows that the miner's memory is flat in input size: learns generated messages batch after batch (never holding
/// more than one batch) and prints the live managed heap after a full collection at each checkpoint.
/// </summary>
public static class MinerMemory
{
    private const int BatchLines = 32 * 1024;

    public static int Run(long lines)
    {
        var miner = new TemplateMiner();
        var ids = new int[BatchLines];
        var checkpoint = 1_000_000L;
        Console.WriteLine($"{"lines learned",14} {"live heap MiB",14} {"templates",10}");
        for (long learned = 0, batch = 0; learned < lines; learned += BatchLines, batch++)
        {
            var messages = GeneratedMessages.Create(BatchLines, seed: (int)batch);
            miner.LearnBatch(messages.Text.AsMemory(), messages.Ranges, ids);
            if (learned + BatchLines >= checkpoint || learned + BatchLines >= lines)
            {
                messages = null;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{learned + BatchLines,14:N0} {heap,14:F1} {miner.Templates.Count,10}"));
                checkpoint *= 2;
            }
        }

        return 0;
    }
}
