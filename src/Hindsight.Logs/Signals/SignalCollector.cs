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
    private readonly TemplateMiner _miner;
    private readonly SignalWindow _window;
    private readonly Dictionary<int, TemplateSignal> _signals = [];
    private readonly BackendTracker _backends = new();
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
            if (signal.LastFileIndex != line.FileIndex)
            {
                signal.LastFileIndex = line.FileIndex;
                signal.Sources.Add(file.Source.DisplayName);
            }
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
                signal.CountMinute(at.UtcTicks / TimeSpan.TicksPerMinute);
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
                        ? summary with { Count = summary.Count + 1, Last = time ?? summary.Last, LastLine = line.LineNumber }
                        : new ServerErrorSummary(name, Example(file, line, batch.ContentOf(i)), line.HttpStatus, 1, time, line.LineNumber);
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
                _backends.Count(batch.ContentOf(i), file, line, inWindow);
            }
        }
    }

    /// <summary>Finishes: templates' texts, bursts, "new in window"; templates ordered by line count.</summary>
    public SignalReport Build()
    {
        var templates = _signals.Values.OrderByDescending(signal => signal.Count).ThenBy(signal => signal.TemplateId).ToList();
        foreach (var signal in templates)
        {
            signal.FlushMinute();
            if (signal.TemplateId >= 0)
            {
                signal.Template = _miner.GetTemplate(signal.TemplateId);
            }

            signal.NewInWindow = _window.From is { } from && _first < from && signal.FirstSeen >= from && (_window.To is null || signal.FirstSeen <= _window.To);
            BurstDetector.Find(signal);
        }

        var backends = _backends.Shares();
        return new SignalReport(templates, _window, _first, _last, _lines, backends, _serverErrors.Values.OrderBy(summary => summary.First.Timestamp).ThenBy(summary => summary.File, StringComparer.Ordinal).ToList(), _backends.SingleServerPeriods());
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

    internal static LogExample Example(LogFile file, in ScannedLine line, ReadOnlySpan<char> content) =>
        new(file.Source.DisplayName, line.LineNumber, line.Timestamp ?? line.EffectiveTimestamp, content.ToString());
}
