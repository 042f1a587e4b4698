using System.Text.Json;

namespace Hindsight.Logs.Formats;

/// <summary>
/// One JSON object per line with the usual keys: time (<c>time</c>, <c>timestamp</c>, <c>@timestamp</c>, <c>ts</c>,
/// journald's <c>__REALTIME_TIMESTAMP</c>), level (<c>level</c>, <c>severity</c>, <c>PRIORITY</c>, bunyan numbers) and
/// message (<c>message</c>, <c>msg</c>, <c>MESSAGE</c>, <c>log</c>). Covers <c>journalctl -o json</c>.
/// </summary>
internal sealed class JsonLinesFormat : LogFormat
{
    private static readonly string[] TimeKeys = ["__REALTIME_TIMESTAMP", "@timestamp", "timestamp", "time", "ts", "t", "date", "datetime"];
    private static readonly string[] LevelKeys = ["level", "severity", "lvl", "loglevel", "log.level", "PRIORITY", "levelname"];
    private static readonly string[] MessageKeys = ["message", "msg", "MESSAGE", "@message", "log", "text", "event"];

    public override string Name => "JSON lines (incl. journald JSON export)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '{' || trimmed[^1] != '}')
        {
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(trimmed.ToString());
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            result.Timestamp = Find(root, TimeKeys) is { } time ? ReadTime(time, context) : null;
            result.Severity = Find(root, LevelKeys) is { } level ? ReadLevel(level) : LogSeverity.None;
            result.ContentText = Find(root, MessageKeys) is { } message
                ? (message.ValueKind == JsonValueKind.String ? message.GetString() ?? "" : message.GetRawText())
                : trimmed.ToString();
            result.ContentStart = 0;
            result.ContentLength = 0;
            return true;
        }
    }

    private static JsonElement? Find(JsonElement root, string[] keys)
    {
        foreach (var key in keys)
        {
            if (root.TryGetProperty(key, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                return value;
            }
        }

        return null;
    }

    private static DateTimeOffset? ReadTime(JsonElement value, TimestampContext context)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return FromEpoch(number);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString() ?? "";
        if (text.Length > 0 && Chars.CountDigits(text, 0) == text.Length && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            return FromEpoch(digits);
        }

        return TimestampScanner.TryParse(text, 0, context, out var parsed, out _) ? parsed : null;
    }

    /// <summary>Seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude.</summary>
    private static DateTimeOffset? FromEpoch(double value)
    {
        var seconds = value switch
        {
            < 1e11 => value,
            < 1e14 => value / 1e3,
            < 1e17 => value / 1e6,
            _ => value / 1e9,
        };
        if (seconds is < 0 or > 7e9)
        {
            return null;
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }

    private static LogSeverity ReadLevel(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number switch
            {
                <= 7 and >= 0 => LogSeverityNames.FromSyslogPriority(number),
                <= 10 => LogSeverity.Trace,
                <= 20 => LogSeverity.Debug,
                <= 30 => LogSeverity.Info,
                <= 40 => LogSeverity.Warning,
                <= 50 => LogSeverity.Error,
                _ => LogSeverity.Critical,
            };
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return LogSeverity.None;
        }

        var text = value.GetString() ?? "";
        if (text.Length == 1 && Chars.IsDigit(text[0]))
        {
            return LogSeverityNames.FromSyslogPriority(text[0] - '0');
        }

        return LogSeverityNames.Parse(text);
    }
}
