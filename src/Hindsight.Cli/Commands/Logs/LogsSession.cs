using Hindsight.Logs.Reading;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>The resolved inputs of one <c>hindsight logs</c> run and where its notes go.</summary>
internal sealed record LogsSession(LogInputs Inputs, LogReadOptions Options, bool ProgressWanted, TextWriter Error) : IDisposable
{
    public IReadOnlyList<LogSource> Sources => Inputs.Sources;

    /// <summary>Deletes temporary copies of standard input.</summary>
    public void Dispose() => Inputs.Dispose();

    /// <summary>Prepares the two-pass scan.</summary>
    public TemplatedScan CreateScan(int maxDegreeOfParallelism = -1) => new(Sources, Options, maxDegreeOfParallelism);

    /// <summary>Runs the two-pass scan with progress on standard error when it is a terminal.</summary>
    public void Run(TemplatedScan scan, Action<ScannedBatch> consume)
    {
        var showProgress = ProgressWanted && ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
        LogsProgress.Run(showProgress, scan.TotalWork, report => scan.Run(consume, report));
    }

    /// <summary>Prints each file's format, assumptions and damage counts.</summary>
    public void WriteNotes(TemplatedScan scan)
    {
        foreach (var file in scan.Files)
        {
            foreach (var note in file.Notes())
            {
                Error.WriteLine($"note: {note}");
            }
        }
    }

    /// <summary>Whether the files held lines but none was readable (all binary); empty files are only noted.</summary>
    public static bool NothingRead(TemplatedScan scan) =>
        scan.Files.Sum(file => file.Statistics.Lines) > 0
        && scan.Files.All(file => file.Statistics.Lines == file.Statistics.BinaryLinesSkipped);
}
