using Hindsight.Logs.Reading;
using Hindsight.Logs.Signals;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>Runs the scan and the signal collector together, for the signals and timeline commands.</summary>
internal static class LogsAnalysis
{
    public static (TemplatedScan Scan, SignalReport Report) Collect(LogsSession session, SignalWindow window)
    {
        // One mining thread: reading and parsing already run on a second one, and measured on two cores the miner's
        // own parallelism did not pay for its coordination.
        var scan = session.CreateScan(maxDegreeOfParallelism: 1);
        var collector = new SignalCollector(scan.Miner, window);
        session.Run(scan, batch => collector.Add(batch, scan.Files));
        return (scan, collector.Build());
    }
}
