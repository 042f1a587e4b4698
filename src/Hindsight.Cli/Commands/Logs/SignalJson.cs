using System.Text.Json;
using System.Text.Json.Serialization;
using Hindsight.Logs.Formats;
using Hindsight.Logs.Reading;
using Hindsight.Logs.Signals;
using Hindsight.Logs.Timeline;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>The JSON shape of <c>hindsight logs signals --json</c>: instants ISO 8601 with the offset of the report's zone.</summary>
internal static class SignalJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(SignalReport report, IReadOnlyList<LogFile> files, TimeText times)
    {
        DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } value ? TimeZoneInfo.ConvertTime(value, times.Zone) : null;
        object Example(LogExample example) => new { reference = example.Reference, timestamp = Local(example.Timestamp), message = example.Message };
        var document = new
        {
            timeZone = times.Zone.Id,
            lines = report.Lines,
            first = Local(report.First),
            last = Local(report.Last),
            window = new { from = Local(report.Window.From), to = Local(report.Window.To) },
            files = files.Select(file => new
            {
                name = file.Source.DisplayName,
                format = file.Detection.Description,
                lines = file.Statistics.Lines,
                notes = file.Notes().ToList(),
            }),
            templates = report.Templates.Select(signal => new
            {
                eventId = signal.TemplateId >= 0 ? $"E{signal.TemplateId + 1}" : null,
                template = signal.Template,
                count = signal.Count,
                countInWindow = signal.CountInWindow,
                firstSeen = Local(signal.FirstSeen),
                lastSeen = Local(signal.LastSeen),
                level = signal.Severity == LogSeverity.None ? null : signal.Severity.ToName(),
                errorKinds = signal.ErrorKinds == ErrorKinds.None ? null : signal.ErrorKinds.ToString(),
                serverErrors = signal.ServerErrors,
                newInWindow = signal.NewInWindow,
                perMinute = signal.PerMinute.Select(pair => new { minute = Local(pair.Key), count = pair.Value }),
                bursts = signal.Bursts.Select(burst => new { start = Local(burst.Start), peakPerMinute = burst.PeakPerMinute, baselinePerMinute = burst.BaselinePerMinute }),
                examples = signal.Examples.Select(Example),
                sources = signal.Sources,
            }),
            backends = report.Backends.Select(backend => new { server = backend.Server, requests = backend.Requests, requestsInWindow = backend.RequestsInWindow, evidence = Example(backend.Evidence) }),
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
