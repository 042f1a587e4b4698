using System.CommandLine;
using Hindsight.Cli.Commands.Logs;

namespace Hindsight.Cli.Commands;

/// <summary><c>hindsight logs</c>: evidence from raw logs (parse, signals, proposed timeline).</summary>
internal static class LogsCommand
{
    public static Command Create(TimeProvider clock)
    {
        var command = new Command("logs", "Turn raw logs into evidence: structured lines, signals, a proposed timeline.");
        command.Subcommands.Add(LogsParseCommand.Create(clock));
        command.Subcommands.Add(LogsSignalsCommand.Create(clock));
        command.Subcommands.Add(LogsTimelineCommand.Create(clock));
        return command;
    }
}
