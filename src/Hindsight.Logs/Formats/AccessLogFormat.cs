namespace Hindsight.Logs.Formats;

/// <summary>
/// nginx and Apache access logs, common and combined formats:
/// <c>10.0.0.5 - - [26/Feb/2022:12:01:07 +0300] "GET /books HTTP/1.1" 500 512 "-" "Mozilla/5.0"</c>.
/// The message is the client address and what follows the timestamp; the level comes from the status.
/// </summary>
internal sealed class AccessLogFormat : LogFormat
{
    public override string Name => "nginx/Apache access log";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var open = line.IndexOf(" [");
        if (open <= 0 || open > 200)
        {
            return false;
        }

        if (!TimestampScanner.TryParse(line, open + 2, context, out var timestamp, out var end) || end >= line.Length || line[end] != ']')
        {
            return false;
        }

        var request = Chars.SkipSpaces(line, end + 1);
        if (request >= line.Length || line[request] != '"')
        {
            return false;
        }

        var closeQuote = line[(request + 1)..].IndexOf('"');
        if (closeQuote < 0)
        {
            return false;
        }

        var statusStart = Chars.SkipSpaces(line, request + closeQuote + 2);
        var status = Chars.TryDigits(line, statusStart, 3, out var code) ? code : 0;
        result.Timestamp = timestamp;
        result.HttpStatus = status;
        result.Severity = LogSeverityNames.FromHttpStatus(status);
        result.SetContentFrom(line, request);
        return true;
    }
}
