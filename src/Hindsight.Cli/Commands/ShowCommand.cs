using System.CommandLine;
using System.Globalization;
using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Cli.Commands;

/// <summary><c>hindsight show</c>: prints a post-mortem's summary with its derived durations, or the whole model as JSON.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The post-mortem file." };
        var json = new Option<bool>("--json") { Description = "Print the whole model as JSON (shape documented in docs/FORMAT.md)." };
        var command = new Command("show", "Print a post-mortem's summary and derived durations.") { file, json };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var read = PostmortemReader.TryRead(path, error);
            if (read is null)
            {
                return ExitCodes.Unusable;
            }

            if (read.HasErrors)
            {
                foreach (var diagnostic in read.Diagnostics)
                {
                    error.WriteLine(diagnostic.Format(path));
                }

                return read.Postmortem is null ? ExitCodes.Unusable : ExitCodes.Findings;
            }

            var postmortem = read.Postmortem!;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(PostmortemJson.Serialize(postmortem));
            }
            else
            {
                WriteSummary(output, postmortem);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteSummary(TextWriter output, Postmortem postmortem)
    {
        var zone = postmortem.TimeZone;
        output.WriteLine(postmortem.Title);
        Field(output, "id", postmortem.Id);
        Field(output, "status", Vocabulary.Name(postmortem.Status));
        Field(output, "severity", postmortem.Severity is { } severity ? Vocabulary.Name(severity) : null);
        Field(output, "time zone", zone);
        Field(output, "started", Instant(postmortem.Started, zone));
        Field(output, "detected", Instant(postmortem.Detected, zone));
        Field(output, "mitigated", Instant(postmortem.Mitigated, zone));
        Field(output, "resolved", Instant(postmortem.Resolved, zone));

        var durations = PostmortemDurations.Of(postmortem);
        Field(output, "time to detect", Duration(durations.TimeToDetect));
        Field(output, "time to mitigate", Duration(durations.TimeToMitigate));
        Field(output, "time to resolve", Duration(durations.TimeToResolve));
        Field(output, "impact duration", Duration(durations.ImpactDuration));
        Field(output, "impact", ImpactFigures(postmortem.Impact));
        Field(output, "services", postmortem.AffectedServices.Count > 0 ? string.Join(", ", postmortem.AffectedServices) : null);

        var open = postmortem.ActionItems.Count(item => item.Status is ActionStatus.Open or ActionStatus.InProgress);
        Field(output, "timeline", Count(postmortem.Timeline.Count, "entry", "entries") + $", {postmortem.Timeline.Count(entry => entry.Key)} key");
        Field(output, "factors", Count(postmortem.ContributingFactors.Count, "factor", "factors") + $", {postmortem.ContributingFactors.Count(factor => factor.RootCause)} root cause(s)");
        Field(output, "action items", Count(postmortem.ActionItems.Count, "item", "items") + $", {open} open");
    }

    private static void Field(TextWriter output, string name, string? value) =>
        output.WriteLine($"  {name + ":",-18}{value ?? "—"}");

    private static string? Instant(DateTimeOffset? instant, string? zone) =>
        instant is { } value ? InstantSyntax.FormatInZone(value, zone) : null;

    private static string? Duration(TimeSpan? duration) => duration is { } value ? DurationText.Format(value) : null;

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    private static string? ImpactFigures(Impact impact)
    {
        var figures = new List<string>();
        if (impact.UsersAffectedPercent is { } percent)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{percent:0.##} % of users"));
        }

        if (impact.UsersAffected is { } users)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{users:N0} users"));
        }

        if (impact.RequestsFailed is { } requests)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{requests:N0} failed requests"));
        }

        if (impact.Cost is { } cost)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{cost:N2} {impact.Currency}").TrimEnd());
        }

        return figures.Count > 0 ? string.Join(", ", figures) : null;
    }
}
