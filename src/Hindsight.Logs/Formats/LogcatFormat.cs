namespace Hindsight.Logs.Formats;

/// <summary>Android logcat, <c>threadtime</c> layout: <c>02-26 12:01:07.123  1702  2395 D Tag: message</c>.</summary>
internal sealed class LogcatFormat : LogFormat
{
    public override string Name => "Android logcat (threadtime)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        if (line.Length < 20 || line[2] != '-' || !TimestampScanner.TryParse(line, 0, context, out var timestamp, out var position))
        {
            return false;
        }

        // PID and TID.
        for (var field = 0; field < 2; field++)
        {
            var start = Chars.SkipSpaces(line, position);
            var digits = Chars.CountDigits(line, start);
            if (start == position || digits == 0)
            {
                return false;
            }

            position = start + digits;
        }

        position = Chars.SkipSpaces(line, position);
        if (position + 1 >= line.Length || line[position + 1] != ' ')
        {
            return false;
        }

        var severity = LogSeverityNames.FromLetter(line[position]);
        if (severity == LogSeverity.None)
        {
            return false;
        }

        var tagStart = position + 2;
        var colon = line[tagStart..].IndexOf(':');
        result.Timestamp = timestamp;
        result.Severity = severity;
        result.SetContentFrom(line, colon < 0 ? tagStart : tagStart + colon + 1);
        return true;
    }
}
