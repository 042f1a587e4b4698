namespace Hindsight.Logs.Formats;

/// <summary>
/// HAProxy logs as syslog writes them (<c>Feb 26 12:01:07 lb haproxy[812]: 10.0.0.5:51234 [26/Feb/2022:12:01:07.120]
/// fe_http be_web/web-01 0/0/1/35/36 500 ...</c>); reads the HTTP status so 5xx lines count as errors.
/// </summary>
internal sealed class HaproxyFormat : LogFormat
{
    private readonly SyslogFormat _syslog = new(isoTimestamps: false);
    private readonly SyslogFormat _isoSyslog = new(isoTimestamps: true);

    public override string Name => "HAProxy (syslog)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        if (!(_syslog.TryParse(line, context, ref result) || _isoSyslog.TryParse(line, context, ref result)) || !SyslogFormat.Tag(line, result).StartsWith("haproxy", StringComparison.Ordinal))
        {
            return false;
        }

        var status = FindHttpStatus(result.Content(line));
        if (status > 0)
        {
            result.HttpStatus = status;
            result.Severity = LogSeverityNames.FromHttpStatus(status);
        }

        return true;
    }

    /// <summary>The status after the timers field (<c>a/b/c/d/e</c>) of an HTTP log line, or 0.</summary>
    private static int FindHttpStatus(ReadOnlySpan<char> content)
    {
        var position = 0;
        for (var token = 0; token < 8 && position < content.Length; token++)
        {
            var end = Chars.TokenEnd(content, position);
            var word = content[position..end];
            position = Chars.SkipSpaces(content, end);
            if (word.Count('/') == 4 && position + 3 <= content.Length && Chars.TryDigits(content, position, 3, out var status)
                && (position + 3 == content.Length || content[position + 3] == ' '))
            {
                return status is >= 100 and <= 599 ? status : 0;
            }
        }

        return 0;
    }
}
