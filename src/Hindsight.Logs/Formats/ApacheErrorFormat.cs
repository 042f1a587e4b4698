namespace Hindsight.Logs.Formats;

/// <summary>
/// Apache error logs: <c>[Sat Feb 26 12:01:07 2022] [error] message</c> (2.2) and
/// <c>[Sat Feb 26 12:01:07.123456 2022] [core:error] [pid 812:tid 9] message</c> (2.4).
/// </summary>
internal sealed class ApacheErrorFormat : LogFormat
{
    public override string Name => "Apache error log";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        if (line.Length < 20 || line[0] != '[' || !TimestampScanner.TryParse(line, 1, context, out var timestamp, out var end)
            || end >= line.Length || line[end] != ']')
        {
            return false;
        }

        var position = Chars.SkipSpaces(line, end + 1);
        if (position >= line.Length || line[position] != '[')
        {
            return false;
        }

        var close = line[position..].IndexOf(']');
        if (close < 0)
        {
            return false;
        }

        var levelWord = line[(position + 1)..(position + close)];
        var colon = levelWord.LastIndexOf(':');
        result.Severity = LogSeverityNames.Parse(colon >= 0 ? levelWord[(colon + 1)..] : levelWord);
        position = Chars.SkipSpaces(line, position + close + 1);

        // 2.4 adds "[pid N:tid M]" before the message; the client bracket stays part of the message.
        if (line[position..].StartsWith("[pid "))
        {
            var pidEnd = line[position..].IndexOf(']');
            position = pidEnd < 0 ? position : position + pidEnd + 1;
        }

        result.Timestamp = timestamp;
        result.SetContentFrom(line, position);
        return true;
    }
}
