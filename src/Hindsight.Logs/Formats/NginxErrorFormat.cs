namespace Hindsight.Logs.Formats;

/// <summary>nginx error logs: <c>2022/02/26 12:01:07 [error] 812#812: *4711 upstream timed out ...</c>.</summary>
internal sealed class NginxErrorFormat : LogFormat
{
    public override string Name => "nginx error log";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        if (line.Length < 22 || line[4] != '/' || !TimestampScanner.TryParse(line, 0, context, out var timestamp, out var end)
            || end + 2 >= line.Length || line[end] != ' ' || line[end + 1] != '[')
        {
            return false;
        }

        var close = line[(end + 1)..].IndexOf(']');
        if (close < 0)
        {
            return false;
        }

        var severity = LogSeverityNames.Parse(line[(end + 2)..(end + 1 + close)]);
        if (severity == LogSeverity.None)
        {
            return false;
        }

        var position = Chars.SkipSpaces(line, end + close + 2);
        var pidEnd = Chars.TokenEnd(line, position);
        var pid = line[position..pidEnd];
        if (pid.Length > 2 && pid[^1] == ':' && pid.Contains('#'))
        {
            position = pidEnd;
        }

        result.Timestamp = timestamp;
        result.Severity = severity;
        result.SetContentFrom(line, position);
        return true;
    }
}
