using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>A progress bar on standard error (bytes, lines per second, time left) for long log scans.</summary>
internal static class LogsProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports (bytes done, lines done); draws progress only when <paramref name="enabled"/>.</summary>
    public static void Run(bool enabled, long totalBytes, Action<Action<long, long>> work)
    {
        if (!enabled)
        {
            work((_, _) => { });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var stopwatch = Stopwatch.StartNew();
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new LinesPerSecondColumn(stopwatch), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading logs", maxValue: Math.Max(1, totalBytes));
                work((bytes, lines) =>
                {
                    task.Value = Math.Min(bytes, totalBytes);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F0}/{totalBytes / (1024.0 * 1024):F0} MiB");
                    task.State.Update<long>("lines", _ => lines);
                });
                task.Value = task.MaxValue;
            });
    }

    private sealed class LinesPerSecondColumn(Stopwatch stopwatch) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var lines = task.State.Get<long>("lines");
            var seconds = Math.Max(0.001, stopwatch.Elapsed.TotalSeconds);
            return new Markup(string.Create(CultureInfo.InvariantCulture, $"{lines / seconds / 1e6:F2} M lines/s"));
        }
    }
}
