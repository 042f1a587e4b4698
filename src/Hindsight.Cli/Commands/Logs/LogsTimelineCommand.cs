using System.CommandLine;
using System.Globalization;
using Hindsight.Format;
using Hindsight.Logs.Timeline;

namespace Hindsight.Cli.Commands.Logs;

/// <summary><c>hindsight logs timeline</c>: a ranked list of candidate timeline entries, each with its evidence line.</summary>
internal static class LogsTimelineCommand
{
    public static Command Create(TimeProvider clock)
    {
        var inputs = new LogsInputOptions();
        var window = new LogsWindowOptions();
        var into = new Option<string?>("--into") { Description = "Add the entries to this post-mortem file's timeline (source: log), skipping evidence it already cites." };
        var limit = new Option<int>("--limit") { Description = "How many entries to propose.", DefaultValueFactory = _ => 15 };
        var command = new Command("timeline", "Propose timeline entries from the logs, ranked, each with the file:line that proves it.");
        inputs.AddTo(command);
        window.AddTo(command);
        command.Options.Add(into);
        command.Options.Add(limit);
        command.SetAction(parseResult =>
        {
            using var session = inputs.Open(parseResult, clock);
            var range = session is null ? null : window.Read(parseResult, session.Options.Zone, session.Error);
            if (session is null || range is null)
            {
                return ExitCodes.Unusable;
            }

            var target = parseResult.GetValue(into);
            var postmortem = target is null ? null : PostmortemReader.TryRead(target, session.Error);
            if (target is not null && (postmortem is null || postmortem.Postmortem is null || postmortem.HasErrors))
            {
                foreach (var diagnostic in postmortem?.Diagnostics ?? [])
                {
                    session.Error.WriteLine(diagnostic.Format(target));
                }

                session.Error.WriteLine($"hindsight: --into {target}: the post-mortem must be readable and valid before entries are added");
                return ExitCodes.Unusable;
            }

            var (scan, report) = LogsAnalysis.Collect(session, range);
            session.WriteNotes(scan);
            if (LogsSession.NothingRead(scan))
            {
                session.Error.WriteLine("hindsight: nothing readable in the given files");
                return ExitCodes.Unusable;
            }

            var times = new TimeText(session.Options.Zone);
            var entries = TimelineProposer.Propose(report, times, Math.Max(1, parseResult.GetValue(limit)));
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Proposed timeline ({entries.Count} entries, ranked; times in {times.Zone.Id})"));
            var rank = 0;
            foreach (var entry in entries)
            {
                rank++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,3}. {times.Full(entry.At)} — {entry.Text}"));
                output.WriteLine($"       evidence: {entry.Evidence}");
            }

            if (target is not null)
            {
                var document = postmortem!.Postmortem!;
                var added = TimelineMerger.Merge(document, entries);
                File.WriteAllText(target, PostmortemFile.Write(document));
                session.Error.WriteLine($"{target}: added {added} timeline entr{(added == 1 ? "y" : "ies")} with source log");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
