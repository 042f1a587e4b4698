using System.CommandLine;
using Hindsight.Format;
using Hindsight.Logs.Reading;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>The arguments every <c>hindsight logs</c> command shares: files, <c>--tz</c>, <c>--year</c>, <c>--quiet</c>.</summary>
internal sealed class LogsInputOptions
{
    public Argument<string[]> Files { get; } = new("files")
    {
        Description = "Log files, directories (read recursively), glob patterns (quoted, e.g. 'logs/**/*.log') or - for standard input. .gz files are decompressed.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Zone { get; } = new("--tz")
    {
        Description = "IANA time zone of timestamps that carry no offset, and of the times printed (default: the machine's zone).",
    };

    public Option<int?> Year { get; } = new("--year")
    {
        Description = "Year of timestamps that carry none, such as syslog's (default: from each file's modification time).",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "No progress display." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Files);
        command.Options.Add(Zone);
        command.Options.Add(Year);
        command.Options.Add(Quiet);
    }

    /// <summary>Resolves the inputs and options; prints why and returns <see langword="null"/> when nothing can be read.</summary>
    public LogsSession? Open(ParseResult parseResult, TimeProvider clock)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var zoneName = parseResult.GetValue(Zone);
        TimeZoneInfo zone;
        if (zoneName is null)
        {
            zone = clock.LocalTimeZone;
        }
        else if (!TimeZones.TryFind(zoneName, out zone))
        {
            error.WriteLine($"hindsight: --tz {zoneName}: not an IANA time zone (for example Africa/Nairobi, Europe/Berlin, UTC)");
            return null;
        }

        var year = parseResult.GetValue(Year);
        if (year is < 1970 or > 2200)
        {
            error.WriteLine($"hindsight: --year {year}: expected a year between 1970 and 2200");
            return null;
        }

        var inputs = LogInputResolver.Resolve(parseResult.GetValue(Files) ?? [], Console.OpenStandardInput, clock);
        foreach (var warning in inputs.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        if (inputs.Sources.Count == 0)
        {
            error.WriteLine("hindsight: no readable log file among the arguments");
            return null;
        }

        return new LogsSession(inputs, new LogReadOptions(zone, zoneName is not null, year), !parseResult.GetValue(Quiet), error);
    }
}
