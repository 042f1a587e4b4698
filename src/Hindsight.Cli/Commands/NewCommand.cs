using System.CommandLine;
using Hindsight.Format;

namespace Hindsight.Cli.Commands;

/// <summary><c>hindsight new</c>: writes a fresh post-mortem template.</summary>
internal static class NewCommand
{
    public static Command Create(TimeProvider clock)
    {
        var title = new Option<string>("--title") { Description = "What happened, in a few words.", DefaultValueFactory = _ => "Untitled incident" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the template to this file instead of standard output." };
        var zone = new Option<string?>("--timezone", "--tz") { Description = "IANA time zone the report is read in (default: this machine's zone)." };
        var force = new Option<bool>("--force") { Description = "Overwrite --out if it exists." };
        var command = new Command("new", "Write a fresh post-mortem template.") { title, output, zone, force };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var zoneName = parseResult.GetValue(zone) ?? clock.LocalTimeZone.Id;
            if (!TimeZones.TryFind(zoneName, out var timeZone))
            {
                error.WriteLine($"hindsight new: '{zoneName}' is not an IANA time zone (for example Africa/Nairobi or UTC)");
                return ExitCodes.Unusable;
            }

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), timeZone).DateTime);
            var template = PostmortemTemplate.Create(parseResult.GetValue(title)!, zoneName, today);
            if (parseResult.GetValue(output) is not { } file)
            {
                parseResult.InvocationConfiguration.Output.Write(template);
                return ExitCodes.Success;
            }

            if (file.Exists && !parseResult.GetValue(force))
            {
                error.WriteLine($"{file}: already exists; use --force to overwrite it");
                return ExitCodes.Unusable;
            }

            SafeFile.WriteAllText(file.FullName, template);
            parseResult.InvocationConfiguration.Output.WriteLine($"wrote {file}");
            return ExitCodes.Success;
        });
        return command;
    }
}
