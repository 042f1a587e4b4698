using System.CommandLine;
using Hindsight.Format;
using Hindsight.Logs.Signals;

namespace Hindsight.Cli.Commands.Logs;

/// <summary><c>--from</c> and <c>--to</c>: the incident window, as instants; a time without a zone is read in <c>--tz</c>.</summary>
internal sealed class LogsWindowOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Start of the incident window, e.g. '2022-02-26 12:00 +03:00' (without a zone: in --tz)." };

    public Option<string?> To { get; } = new("--to") { Description = "End of the incident window (same forms as --from)." };

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
    }

    /// <summary>The window, or <see langword="null"/> after printing why an end is unreadable.</summary>
    public SignalWindow? Read(ParseResult parseResult, TimeZoneInfo zone, TextWriter error)
    {
        if (!TryRead(parseResult.GetValue(From), "--from", zone, error, out var from) || !TryRead(parseResult.GetValue(To), "--to", zone, error, out var to))
        {
            return null;
        }

        if (from > to)
        {
            error.WriteLine("hindsight: --from is after --to");
            return null;
        }

        return new SignalWindow(from, to);
    }

    private static bool TryRead(string? text, string name, TimeZoneInfo zone, TextWriter error, out DateTimeOffset? instant)
    {
        instant = null;
        if (text is null)
        {
            return true;
        }

        if (InstantSyntax.TryParse(text, out var value, out var problem) || InstantSyntax.TryParse($"{text.Replace('T', ' ')} {zone.Id}", out value, out _))
        {
            instant = value;
            return true;
        }

        error.WriteLine($"hindsight: {name} '{text}' is not an instant: {problem}");
        return false;
    }
}
