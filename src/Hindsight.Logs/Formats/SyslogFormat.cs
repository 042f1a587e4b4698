namespace Hindsight.Logs.Formats;

/// <summary>
/// BSD syslog (RFC 3164: <c>[&lt;PRI&gt;]Feb 26 12:01:07 host tag[pid]: message</c>) and the same layout with an ISO
/// timestamp, as journald's <c>short-iso</c> output and rsyslog's high-precision template write it.
/// </summary>
internal sealed class SyslogFormat : LogFormat
{
    private const int MaxTagLength = 64;
    private readonly bool _isoTimestamps;

    public SyslogFormat(bool isoTimestamps) => _isoTimestamps = isoTimestamps;

    public override string Name => _isoTimestamps ? "journald short-iso / syslog with ISO timestamps" : "syslog (RFC 3164)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var position = 0;
        var severity = LogSeverity.None;
        if (line.Length > 2 && line[0] == '<')
        {
            var close = line[..Math.Min(line.Length, 6)].IndexOf('>');
            if (close < 2 || !Chars.TryDigits(line, 1, close - 1, out var priority))
            {
                return false;
            }

            severity = LogSeverityNames.FromSyslogPriority(priority);
            position = close + 1;
        }

        var isIso = position < line.Length && Chars.IsDigit(line[position]);
        if (isIso != _isoTimestamps)
        {
            return false;
        }

        if (!TimestampScanner.TryParse(line, position, context, out var timestamp, out var end)
            || (isIso && (end < 11 + position || line[position + 10] != 'T')))
        {
            return false;
        }

        if (end >= line.Length || line[end] != ' ')
        {
            return false;
        }

        var hostStart = Chars.SkipSpaces(line, end);
        if (hostStart >= line.Length)
        {
            return false;
        }

        var hostEnd = Chars.TokenEnd(line, hostStart);
        var tagStart = Chars.SkipSpaces(line, hostEnd);
        if (line[hostStart..hostEnd].EndsWith(':') || LogSeverityNames.Parse(line[hostStart..hostEnd]) != LogSeverity.None)
        {
            // "12:01:07 kernel: ..." without a host, or a level where the host should be: not syslog.
            return false;
        }

        result.Timestamp = timestamp;
        result.Severity = severity;
        var window = line[tagStart..Math.Min(line.Length, tagStart + MaxTagLength)];
        var colon = window.IndexOf(": ");
        if (colon < 0 && window.Length > 0 && window[^1] == ':' && tagStart + window.Length == line.Length)
        {
            colon = window.Length - 1;
        }

        result.SetContentFrom(line, colon > 0 ? tagStart + colon + 1 : tagStart);
        return true;
    }

    /// <summary>The tag ("sshd[123]") of a line this format accepted, or empty.</summary>
    internal static ReadOnlySpan<char> Tag(ReadOnlySpan<char> line, in ParsedLine parsed)
    {
        if (parsed.ContentText is not null || parsed.ContentStart < 2 || line[parsed.ContentStart - 1] is not (' ' or ':'))
        {
            return [];
        }

        var tagEnd = parsed.ContentStart - 1;
        while (tagEnd > 0 && line[tagEnd] is ' ' or ':')
        {
            tagEnd--;
        }

        var tagStart = line[..(tagEnd + 1)].LastIndexOf(' ') + 1;
        return line[tagStart..(tagEnd + 1)];
    }
}
