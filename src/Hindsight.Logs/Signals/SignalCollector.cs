using Hindsight.Logs.Formats;
using Hindsight.Logs.Reading;
using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Signals;

/// <summary>
/// Accumulates per-template signals from the batches of a <see cref="TemplatedScan"/>: counts, first and last seen,
/// level, per-minute histogram, examples, HTTP 5xx, error-ish phrases, load-balancer backends. Memory grows with
/// templates and active minutes, not with lines.
/// </summary>
public sealed class SignalCollector
{
    private const int MaxExamples = 3;
    private const int BurstMinimumCount = 20;
    private readonly TemplateMiner _miner;
    private readonly SignalWindow _window;
    private readonly Dictionary<int, TemplateSignal> _signals = [];
    private readonly Dictionary<string, (long Requests, long InWindow, LogExample Evidence, bool EvidenceInWindow)> _backends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<long, (long Count, LogExample First)>> _backendMinutes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServerErrorSummary> _serverErrors = new(StringComparer.Ordinal);
    private DateTimeOffset? _first;
    private DateTimeOffset? _last;
    private long _lines;

    /// <summary>Collects for templates of <paramref name="miner"/>, judging "inside the incident" by <paramref name="window"/>.</summary>
    public SignalCollector(TemplateMiner miner, SignalWindow window)
    {
        _miner = miner ?? throw new ArgumentNullException(nameof(miner));
        _window = window ?? throw new ArgumentNullException(nameof(window));
    }

    /// <summary>Adds a batch; <paramref name="files"/> are the scan's files (for names and formats).</summary>
    public void Add(ScannedBatch batch, IReadOnlyList<LogFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        for (var i = 0; i < batch.Count; i++)
        {
            ref readonly var line = ref batch.Lines[i];
            _lines++;
            var file = files[line.FileIndex];
            var signal = SignalFor(line.TemplateId, batch.ContentOf(i));
            var time = line.EffectiveTimestamp;
            var inWindow = _window.Contains(time);
            signal.Count++;
            signal.Sources.Add(file.Source.DisplayName);
            if (line.Severity > signal.Severity)
            {
                signal.Severity = line.Severity;
                // An access line's level comes from its status, which ServerError already covers.
                if (line.Severity >= LogSeverity.Error && line.HttpStatus == 0)
                {
                    signal.ErrorKinds |= ErrorKinds.ErrorLevel;
                }
            }

            if (time is { } at)
            {
                _first = _first is null || at < _first ? at : _first;
                _last = _last is null || at > _last ? at : _last;
                signal.FirstSeen = signal.FirstSeen is null || at < signal.FirstSeen ? at : signal.FirstSeen;
                signal.LastSeen = signal.LastSeen is null || at > signal.LastSeen ? at : signal.LastSeen;
                var minute = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
                signal.PerMinute[minute] = signal.PerMinute.GetValueOrDefault(minute) + 1;
            }

            if (signal.Examples.Count < MaxExamples)
            {
                signal.Examples.Add(Example(file, line, batch.ContentOf(i)));
            }

            if (inWindow)
            {
                signal.CountInWindow++;
                if (signal.FirstExampleInWindow is null)
                {
                    signal.FirstExampleInWindow = Example(file, line, batch.ContentOf(i));
                    signal.FirstInWindow = time;
                }

                signal.LastInWindow = time;
            }

            if (line.HttpStatus >= 500)
            {
                signal.ServerErrors++;
                signal.ErrorKinds |= ErrorKinds.ServerError;
                if (inWindow)
                {
                    var name = file.Source.DisplayName;
                    _serverErrors[name] = _serverErrors.TryGetValue(name, out var summary)
                        ? summary with { Count = summary.Count + 1, Last = time ?? summary.Last }
                        : new ServerErrorSummary(name, Example(file, line, batch.ContentOf(i)), line.HttpStatus, 1, time);
                    signal.ServerErrorsInWindow++;
                    signal.LastServerError = time;
                    if (signal.FirstServerError is null)
                    {
                        signal.FirstServerError = Example(file, line, batch.ContentOf(i));
                        signal.FirstServerErrorStatus = line.HttpStatus;
                    }
                }
            }

            if (file.Detection.Format is HaproxyFormat)
            {
                CountBackend(batch.ContentOf(i), file, line, inWindow);
            }
        }
    }

    /// <summary>Finishes: templates' texts, bursts, "new in window"; templates ordered by line count.</summary>
    public SignalReport Build()
    {
        var templates = _signals.Values.OrderByDescending(signal => signal.Count).ThenBy(signal => signal.TemplateId).ToList();
        foreach (var signal in templates)
        {
            if (signal.TemplateId >= 0)
            {
                signal.Template = _miner.GetTemplate(signal.TemplateId);
            }

            signal.NewInWindow = _window.From is { } from && _first < from && signal.FirstSeen >= from && (_window.To is null || signal.FirstSeen <= _window.To);
            FindBursts(signal);
        }

        var backends = _backends
            .OrderByDescending(pair => pair.Value.Requests)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new BackendShare(pair.Key, pair.Value.Requests, pair.Value.InWindow, pair.Value.Evidence))
            .ToList();
        return new SignalReport(templates, _window, _first, _last, _lines, backends, _serverErrors.Values.OrderBy(summary => summary.First.Timestamp).ThenBy(summary => summary.File, StringComparer.Ordinal).ToList(), SingleServerPeriods());
    }

    private TemplateSignal SignalFor(int templateId, ReadOnlySpan<char> content)
    {
        if (!_signals.TryGetValue(templateId, out var signal))
        {
            signal = new TemplateSignal(templateId);
            signal.ErrorKinds = ErrorClassifier.Classify(templateId >= 0 ? _miner.GetTemplate(templateId) : content);
            if (templateId < 0)
            {
                signal.Template = "(lines no template fitted)";
            }

            _signals[templateId] = signal;
        }

        return signal;
    }

    private static LogExample Example(LogFile file, in ScannedLine line, ReadOnlySpan<char> content) =>
        new(file.Source.DisplayName, line.LineNumber, line.Timestamp ?? line.EffectiveTimestamp, content.ToString());

    /// <summary>Reads <c>client [date] frontend backend/server ...</c> and counts the server.</summary>
    private void CountBackend(ReadOnlySpan<char> content, LogFile file, in ScannedLine line, bool inWindow)
    {
        var position = 0;
        var tokens = 0;
        while (position < content.Length && tokens < 4)
        {
            position = Chars.SkipSpaces(content, position);
            if (position >= content.Length)
            {
                return;
            }

            var end = content[position] == '[' ? Chars.BracketEnd(content, position) : Chars.TokenEnd(content, position);
            if (end < 0)
            {
                return;
            }

            tokens++;
            if (tokens == 4)
            {
                var server = content[position..end];
                if (server.IndexOf('/') <= 0)
                {
                    return;
                }

                var key = server.ToString();
                var evidence = Example(file, line, content);
                if (line.EffectiveTimestamp is { } at && inWindow)
                {
                    if (!_backendMinutes.TryGetValue(key, out var minutes))
                    {
                        minutes = [];
                        _backendMinutes[key] = minutes;
                    }

                    var minute = at.UtcTicks / TimeSpan.TicksPerMinute;
                    minutes[minute] = minutes.TryGetValue(minute, out var seen) ? (seen.Count + 1, seen.First) : (1, evidence);
                }

                if (_backends.TryGetValue(key, out var entry))
                {
                    var replace = inWindow && !entry.EvidenceInWindow;
                    _backends[key] = (entry.Requests + 1, entry.InWindow + (inWindow ? 1 : 0), replace ? evidence : entry.Evidence, entry.EvidenceInWindow || inWindow);
                }
                else
                {
                    _backends[key] = (1, inWindow ? 1 : 0, evidence, inWindow);
                }

                return;
            }

            position = end;
        }
    }

    /// <summary>Runs of at least 30 minutes in which exactly one of the known servers took requests.</summary>
    private List<SingleServerPeriod> SingleServerPeriods()
    {
        const int MinimumMinutes = 30;
        var periods = new List<SingleServerPeriod>();
        if (_backendMinutes.Count < 2)
        {
            return periods;
        }

        // Which servers were busy in each minute with traffic, in time order.
        var busy = new SortedDictionary<long, List<string>>();
        foreach (var (server, minutes) in _backendMinutes)
        {
            foreach (var minute in minutes.Keys)
            {
                if (!busy.TryGetValue(minute, out var servers))
                {
                    servers = [];
                    busy[minute] = servers;
                }

                servers.Add(server);
            }
        }

        string? current = null;
        long start = 0, last = 0;
        void Close()
        {
            if (current is not null && last - start + 1 >= MinimumMinutes)
            {
                var minutes = _backendMinutes[current];
                var requests = minutes.Where(pair => pair.Key >= start && pair.Key <= last).Sum(pair => pair.Value.Count);
                var idle = _backendMinutes.Keys.Where(server => server != current).Order(StringComparer.Ordinal).ToList();
                periods.Add(new SingleServerPeriod(
                    current,
                    new DateTimeOffset(start * TimeSpan.TicksPerMinute, TimeSpan.Zero),
                    new DateTimeOffset((last + 1) * TimeSpan.TicksPerMinute, TimeSpan.Zero),
                    requests,
                    idle,
                    minutes[start].First));
            }
        }

        foreach (var (minute, servers) in busy)
        {
            var only = servers.Count == 1 ? servers[0] : null;
            if (only is not null && only == current)
            {
                last = minute;
                continue;
            }

            Close();
            current = only;
            start = last = minute;
        }

        Close();
        return periods.OrderByDescending(period => period.End - period.Start).ToList();
    }

    /// <summary>Minutes whose count is at least four times the template's median rate (and at least ten).</summary>
    private static void FindBursts(TemplateSignal signal)
    {
        if (signal.Count < BurstMinimumCount || signal.PerMinute.Count < 2)
        {
            return;
        }

        var firstMinute = signal.PerMinute.Keys.First();
        var lastMinute = signal.PerMinute.Keys.Last();
        var span = (long)((lastMinute - firstMinute).TotalMinutes) + 1;
        if (span < 10)
        {
            return;
        }

        var counts = signal.PerMinute.Values.Order().ToList();
        var zeros = span - counts.Count;
        var middle = span / 2;
        double baseline = middle < zeros ? 0 : counts[(int)(middle - zeros)];
        var threshold = Math.Max(10, 4 * Math.Max(1, baseline));
        DateTimeOffset? start = null;
        long peak = 0;
        DateTimeOffset? previous = null;
        foreach (var (minute, count) in signal.PerMinute)
        {
            var contiguous = previous is { } before && minute - before == TimeSpan.FromMinutes(1);
            if (count >= threshold)
            {
                if (start is null || !contiguous)
                {
                    if (start is not null && signal.Bursts.Count < 3)
                    {
                        signal.Bursts.Add(new Burst(start.Value, peak, baseline));
                    }

                    start = minute;
                    peak = 0;
                }

                peak = Math.Max(peak, count);
                previous = minute;
            }
            else if (start is not null)
            {
                if (signal.Bursts.Count < 3)
                {
                    signal.Bursts.Add(new Burst(start.Value, peak, baseline));
                }

                start = null;
                previous = null;
            }
        }

        if (start is not null && signal.Bursts.Count < 3)
        {
            signal.Bursts.Add(new Burst(start.Value, peak, baseline));
        }
    }
}
