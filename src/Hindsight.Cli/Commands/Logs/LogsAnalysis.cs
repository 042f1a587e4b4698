using Hindsight.Logs.Reading;
using Hindsight.Logs.Signals;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>Runs the scan and the signal collector together, for the signals and timeline commands.</summary>
internal static class LogsAnalysis
{
    public static (TemplatedScan Scan, SignalReport Report) Collect(LogsSession session, SignalWindow window)
    {
        var scan = session.CreateScan();
        var collector = new SignalCollector(scan.Miner, window);
        session.Run(scan, batch => collector.Add(batch, scan.Files));
        return (scan, collector.Build());
    }
}
