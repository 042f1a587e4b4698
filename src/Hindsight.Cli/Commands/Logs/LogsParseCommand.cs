using System.CommandLine;
using System.Text;

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

            using var target = path is null or "-"
                ? null
                : new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20);
            var writer = target ?? parseResult.InvocationConfiguration.Output;
            var scan = session.CreateScan(degree);
            var csv = new StructuredCsvWriter(writer, scan.Miner);
            session.Run(scan, csv.Write);
            writer.Flush();
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
