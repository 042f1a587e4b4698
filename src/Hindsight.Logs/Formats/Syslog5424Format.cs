namespace Hindsight.Logs.Formats;

/// <summary>RFC 5424 syslog: <c>&lt;PRI&gt;1 2022-02-26T12:01:07.003+03:00 host app procid msgid [sd] message</c>.</summary>
internal sealed class Syslog5424Format : LogFormat
{
    public override string Name => "syslog (RFC 5424)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        if (line.Length < 8 || line[0] != '<')
        {
            return false;
        }

        var close = line[..Math.Min(line.Length, 6)].IndexOf('>');
        if (close < 2 || !Chars.TryDigits(line, 1, close - 1, out var priority) || close + 2 >= line.Length
            || line[close + 1] != '1' || line[close + 2] != ' ')
        {
            return false;
        }

        var position = close + 3;
        DateTimeOffset? timestamp = null;
        if (line[position] == '-')
        {
            position++;
        }
        else if (TimestampScanner.TryParse(line, position, context, out var value, out var end))
        {
            timestamp = value;
            position = end;
        }
        else
        {
            return false;
        }

        // HOSTNAME APP-NAME PROCID MSGID
        for (var field = 0; field < 4; field++)
        {
            position = Chars.SkipSpaces(line, position);
            if (position >= line.Length)
            {
                return false;
            }

            position = Chars.TokenEnd(line, position);
        }

        position = Chars.SkipSpaces(line, position);
        if (position < line.Length && line[position] == '-')
        {
            position++;
        }
        else
        {
            while (position < line.Length && line[position] == '[')
            {
                var end = Chars.BracketEnd(line, position);
                if (end < 0)
                {
                    return false;
                }

                position = end;
            }
        }

        if (position + 3 <= line.Length && line[position..].StartsWith(" \uFEFF"))
        {
            position += 2;
        }

        result.Timestamp = timestamp;
        result.Severity = LogSeverityNames.FromSyslogPriority(priority);
        result.SetContentFrom(line, position);
        return true;
    }
}
