using System.CommandLine;
using Hindsight.Logs.Output;

namespace Hindsight.Cli.Commands.Logs;

/// <summary><c>hindsight logs parse</c>: one Loghub-style structured row per input line.</summary>
internal static class LogsParseCommand
{
    public static Command Create(TimeProvider clock)
    {
        var inputs = new LogsInputOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the structured CSV (default: standard output)." };
        var threads = new Option<int>("--threads")
        {
            Description = "Threads that parse lines and mine templates (default -1: all cores); the output is the same for any count.",
            DefaultValueFactory = _ => -1,
        };
        var command = new Command("parse", "Write timestamp, level and event template of every line as CSV (LineId,Timestamp,Level,EventId,EventTemplate).");
        inputs.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(threads);
        command.SetAction(parseResult =>
        {
            using var session = inputs.Open(parseResult, clock);
            if (session is null)
            {
                return ExitCodes.Unusable;
            }

            var path = parseResult.GetValue(output);
            var degree = parseResult.GetValue(threads);
            if (degree is 0 or < -1)
            {
                session.Error.WriteLine("hindsight: --threads must be at least 1 (or -1 for all cores)");
                return ExitCodes.Unusable;
            }

            var console = parseResult.InvocationConfiguration.Output;
            // The rows go out as bytes, unbuffered by the stream (the writer buffers them): to the file, to the real
            // standard output, or as text to whatever stands for it.
            using var target = path is null or "-"
                ? ReferenceEquals(console, Console.Out) ? Console.OpenStandardOutput() : null
                : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
            var scan = session.CreateScan(degree);
            var csv = target is null ? new StructuredCsvWriter(console, scan.Miner) : new StructuredCsvWriter(target, scan.Miner);
            session.Run(scan, csv.Write);
            csv.Complete();
            session.WriteNotes(scan);
            var lines = scan.Files.Sum(file => file.Statistics.Lines - file.Statistics.BinaryLinesSkipped);
            session.Error.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{lines:N0} lines from {scan.Files.Count:N0} file(s), {scan.Miner.ClusterCount:N0} templates"));
            return LogsSession.NothingRead(scan) ? ExitCodes.Unusable : ExitCodes.Success;
        });
        return command;
    }
}
