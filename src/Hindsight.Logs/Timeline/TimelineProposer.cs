using System.Globalization;
using Hindsight.Logs.Signals;
using Hindsight.Model;

namespace Hindsight.Logs.Timeline;

/// <summary>
/// Turns signals into a short ranked list of candidate timeline entries: first HTTP 5xx per template and source,
/// first out-of-memory, backend-down, disk-full, refused-connection, timeout and error lines, the load balancer
/// sending everything to one server, bursts, and templates new in the incident window.
/// </summary>
public static class TimelineProposer
{
    private const int SnippetLength = 110;

    /// <summary>Proposes at most <paramref name="limit"/> entries, best first.</summary>
    public static IReadOnlyList<ProposedEntry> Propose(SignalReport report, TimeText times, int limit = 15)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(times);
        var labels = new SourceLabels(report.Templates.SelectMany(signal => signal.Sources).Concat(report.Backends.Select(b => b.Evidence.File)));
        var entries = new List<ProposedEntry>();
        foreach (var signal in report.Templates)
        {
            if (signal.CountInWindow == 0)
            {
                continue;
            }

            AddBursts(signal, report.Window, times, labels, entries);
            AddNew(signal, labels, entries);
        }

        foreach (var trouble in TroubleVariants.Group(report.Templates))
        {
            AddTrouble(trouble, times, labels, entries);
        }

        AddServerErrors(report, times, labels, entries);
        AddSingleBackend(report, times, entries);
        return entries
            .GroupBy(entry => entry.Evidence, StringComparer.Ordinal)
            .Select(group => group.OrderByDescending(entry => entry.Score).First())
            .GroupBy(entry => (entry.Text.Split(':')[0], entry.At.UtcTicks / TimeSpan.TicksPerMinute))
            .Select(group => group.OrderByDescending(entry => entry.Score).First())
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.At)
            .ThenBy(entry => entry.Evidence, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static void AddServerErrors(SignalReport report, TimeText times, SourceLabels labels, List<ProposedEntry> entries)
    {
        foreach (var summary in report.ServerErrors)
        {
            if (summary.First.Timestamp is not { } at)
            {
                continue;
            }

            var text = Invariant($"first HTTP {summary.FirstStatus} on {labels.Describe(summary.File)}");
            if (summary.Count > 1 && summary.Last is { } last)
            {
                text += Invariant($"; {summary.Count - 1:N0} more HTTP 5xx until {times.Until(at, last)}");
            }

            entries.Add(new ProposedEntry(at, text, TimelineEntryKind.Observation, summary.First.Reference, 92 + Math.Log10(summary.Count)));
            if (summary.Count > 1 && summary.Last is { } end && end > at)
            {
                // The last error marks where the impact ended, as far as this file can tell.
                var lastText = Invariant($"last HTTP 5xx on {labels.Describe(summary.File)}, {summary.Count:N0} since {times.Full(at)}");
                entries.Add(new ProposedEntry(end, lastText, TimelineEntryKind.Observation, summary.LastReference, 89 + Math.Log10(summary.Count)));
            }
        }
    }

    private static void AddTrouble(TroubleVariants trouble, TimeText times, SourceLabels labels, List<ProposedEntry> entries)
    {
        var kinds = trouble.Kinds;
        var first = trouble.First;
        var at = trouble.At;
        var score = (kinds & ErrorKinds.OutOfMemory) != 0 ? 100
            : (kinds & ErrorKinds.BackendDown) != 0 ? 85
            : (kinds & ErrorKinds.DiskFull) != 0 ? 80
            : (kinds & ErrorKinds.ConnectionRefused) != 0 ? 70
            : (kinds & ErrorKinds.Timeout) != 0 ? 60
            : 50;
        // Several lines tell one event (the OOM killer writes five); the one saying what was killed tells it best.
        if (first.Message.Contains("killed", StringComparison.OrdinalIgnoreCase))
        {
            score += 2;
        }

        var text = Invariant($"{ErrorClassifier.Describe(kinds)} on {labels[first.File]}: {Snippet(first.Message)}");
        if (trouble.CountInWindow > 1 && trouble.LastInWindow is { } last && last > at)
        {
            text += Invariant($" ({trouble.CountInWindow:N0} such lines until {times.Until(at, last)})");
        }

        entries.Add(new ProposedEntry(at, text, TimelineEntryKind.Observation, first.Reference, score + Math.Log10(trouble.CountInWindow)));
    }

    private static void AddBursts(TemplateSignal signal, SignalWindow window, TimeText times, SourceLabels labels, List<ProposedEntry> entries)
    {
        foreach (var burst in signal.Bursts.OrderByDescending(burst => burst.PeakPerMinute).Take(1))
        {
            var example = signal.FirstExampleInWindow ?? signal.Examples.FirstOrDefault();
            if (!window.Contains(burst.Start) || example is null)
            {
                continue;
            }

            var text = Invariant($"burst on {labels[example.File]}: {burst.PeakPerMinute:N0}/min of \"{Snippet(signal.Template)}\" against a usual {burst.BaselinePerMinute:0.#}/min");
            var bonus = signal.ErrorKinds != ErrorKinds.None ? 15 : 0;
            var evidence = Invariant($"{example.Reference} (template example; burst from {times.Full(burst.Start)})");
            entries.Add(new ProposedEntry(burst.Start, text, TimelineEntryKind.Observation, evidence, 35 + bonus + Math.Log10(burst.PeakPerMinute)));
        }
    }

    private static void AddNew(TemplateSignal signal, SourceLabels labels, List<ProposedEntry> entries)
    {
        if (!signal.NewInWindow || signal.FirstExampleInWindow is not { Timestamp: { } at } first)
        {
            return;
        }

        var text = Invariant($"first seen on {labels[first.File]}: {Snippet(first.Message)}");
        entries.Add(new ProposedEntry(at, text, TimelineEntryKind.Observation, first.Reference, 30 + Math.Log10(signal.CountInWindow)));
    }

    /// <summary>A load balancer that sent every request to one server for a long stretch: the pool had one member.</summary>
    private static void AddSingleBackend(SignalReport report, TimeText times, List<ProposedEntry> entries)
    {
        foreach (var period in report.SingleServerPeriods.Take(2))
        {
            var periodText = Invariant($"load balancer sent all {period.Requests:N0} requests to {period.Server} alone until {times.Until(period.Start, period.End)}: the only server in the pool ({string.Join(", ", period.IdleServers)} served none)");
            entries.Add(new ProposedEntry(period.Start, periodText, TimelineEntryKind.Observation, period.Evidence.Reference, 95 + Math.Log10(Math.Max(1, period.Requests))));
        }

        if (report.SingleServerPeriods.Count > 0)
        {
            return;
        }

        var serving = report.Backends.Where(backend => backend.RequestsInWindow > 0).ToList();
        if (serving.Count != 1 || serving[0].Evidence.Timestamp is not { } at)
        {
            return;
        }

        var only = serving[0];
        var idle = report.Backends.Where(backend => backend != only).Select(backend => backend.Server).ToList();
        var text = Invariant($"load balancer sent all {only.RequestsInWindow:N0} requests to {only.Server}: the only server in the pool");
        if (idle.Count > 0)
        {
            text += Invariant($" ({string.Join(", ", idle)} served none)");
        }

        entries.Add(new ProposedEntry(at, text, TimelineEntryKind.Observation, only.Evidence.Reference, 88));
    }

    private static string Snippet(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= SnippetLength ? flat : string.Concat(flat.AsSpan(0, SnippetLength - 1), "…");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
