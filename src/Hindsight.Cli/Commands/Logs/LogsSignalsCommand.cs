using System.CommandLine;
using System.Globalization;
using Hindsight.Logs.Formats;
using Hindsight.Logs.Signals;
using Hindsight.Logs.Timeline;

namespace Hindsight.Cli.Commands.Logs;

/// <summary><c>hindsight logs signals</c>: per-template counts, first/last seen, bursts, new templates, error-ish lines.</summary>
internal static class LogsSignalsCommand
{
    private const int TopTemplates = 15;
    private const int MaxErrorTemplates = 25;

    public static Command Create(TimeProvider clock)
    {
        var inputs = new LogsInputOptions();
        var window = new LogsWindowOptions();
        var json = new Option<bool>("--json") { Description = "Print every template's signals as JSON." };
        var command = new Command("signals", "Summarise what each event template did: counts, first/last seen, bursts, new templates, errors.");
        inputs.AddTo(command);
        window.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            using var session = inputs.Open(parseResult, clock);
            var range = session is null ? null : window.Read(parseResult, session.Options.Zone, session.Error);
            if (session is null || range is null)
            {
                return ExitCodes.Unusable;
            }

            var (scan, report) = LogsAnalysis.Collect(session, range);
            session.WriteNotes(scan);
            if (LogsSession.NothingRead(scan))
            {
                session.Error.WriteLine("hindsight: nothing readable in the given files");
                return ExitCodes.Unusable;
            }

            var output = parseResult.InvocationConfiguration.Output;
            var times = new TimeText(session.Options.Zone);
            if (parseResult.GetValue(json))
            {
                output.WriteLine(SignalJson.Serialize(report, scan.Files, times));
            }
            else
            {
                WriteText(output, report, times);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, SignalReport report, TimeText times)
    {
        output.WriteLine(Invariant($"{report.Lines:N0} lines, {report.Templates.Count:N0} templates; times in {times.Zone.Id}"));
        if (report.First is { } first && report.Last is { } last)
        {
            output.WriteLine($"logs span {times.Full(first)} to {times.Full(last)}");
        }

        if (report.Window.From is not null || report.Window.To is not null)
        {
            output.WriteLine($"window {(report.Window.From is { } from ? times.Full(from) : "start")} to {(report.Window.To is { } to ? times.Full(to) : "end")}");
        }

        var trouble = report.Templates.Where(signal => signal.ErrorKinds != ErrorKinds.None && signal.CountInWindow > 0).Take(MaxErrorTemplates).ToList();
        Section(output, "Error-ish templates", trouble, times);
        Section(output, "Bursts", report.Templates.Where(signal => signal.Bursts.Count > 0).Take(MaxErrorTemplates).ToList(), times);
        Section(output, "New in the window", report.Templates.Where(signal => signal.NewInWindow).Take(MaxErrorTemplates).ToList(), times);
        Section(output, "Most frequent templates", report.Templates.Take(TopTemplates).ToList(), times);
        if (report.Backends.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Load-balancer backends");
            foreach (var backend in report.Backends)
            {
                output.WriteLine(Invariant($"  {backend.Server,-30} {backend.Requests,12:N0} requests ({backend.RequestsInWindow:N0} in window)  {backend.Evidence.Reference}"));
            }
        }
    }

    private static void Section(TextWriter output, string title, List<TemplateSignal> signals, TimeText times)
    {
        output.WriteLine();
        output.WriteLine(signals.Count == 0 ? $"{title}: none" : title);
        foreach (var signal in signals)
        {
            var id = signal.TemplateId >= 0 ? Invariant($"E{signal.TemplateId + 1}") : "-";
            var level = signal.Severity == LogSeverity.None ? "" : signal.Severity.ToName();
            var kinds = signal.ErrorKinds == ErrorKinds.None ? "" : $" [{ErrorClassifier.Describe(signal.ErrorKinds)}]";
            output.WriteLine(Invariant($"  {id,-6} {level,-8} {signal.Count,10:N0} lines ({signal.CountInWindow:N0} in window){kinds}  {signal.Template}"));
            if (signal.FirstSeen is { } firstSeen && signal.LastSeen is { } lastSeen)
            {
                output.WriteLine($"         first {times.Full(firstSeen)}, last {times.Full(lastSeen)}");
            }

            foreach (var burst in signal.Bursts)
            {
                output.WriteLine(Invariant($"         burst from {times.Full(burst.Start)}: peak {burst.PeakPerMinute:N0}/min, usual {burst.BaselinePerMinute:0.#}/min"));
            }

            if (signal.ServerErrors > 0 && signal.FirstServerError is { } serverError)
            {
                output.WriteLine(Invariant($"         {signal.ServerErrors:N0} HTTP 5xx, first at {serverError.Reference}"));
            }

            foreach (var example in signal.Examples)
            {
                output.WriteLine($"         e.g. {example.Reference}: {Shorten(example.Message)}");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 159), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
