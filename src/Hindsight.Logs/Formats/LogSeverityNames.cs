namespace Hindsight.Logs.Formats;

/// <summary>Recognises level words ("INFO", "warn", "E", "&lt;3&gt;") and names severities for reports.</summary>
public static class LogSeverityNames
{
    /// <summary>The lower-case name written to reports and CSV files; empty for <see cref="LogSeverity.None"/>.</summary>
    public static string ToName(this LogSeverity severity) => severity switch
    {
        LogSeverity.Trace => "trace",
        LogSeverity.Debug => "debug",
        LogSeverity.Info => "info",
        LogSeverity.Notice => "notice",
        LogSeverity.Warning => "warning",
        LogSeverity.Error => "error",
        LogSeverity.Critical => "critical",
        _ => "",
    };

    /// <summary>Parses a level word, case-insensitively; single letters are not accepted here (see <see cref="FromLetter"/>).</summary>
    public static LogSeverity Parse(ReadOnlySpan<char> word)
    {
        // Most words asked about are host names and tags: the first letter rules nearly all of them out.
        if (word.Length < 3 || word.Length > 11 || (word[0] | 0x20) is not ('t' or 'v' or 'f' or 'd' or 'i' or 'c' or 'n' or 'w' or 'e' or 's' or 'a' or 'p'))
        {
            return LogSeverity.None;
        }

        Span<char> upper = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        return upper switch
        {
            "TRACE" or "VERBOSE" or "VRB" or "FINEST" or "FINER" or "FINE" => LogSeverity.Trace,
            "DEBUG" or "DBG" => LogSeverity.Debug,
            "INFO" or "INF" or "INFORMATION" or "CONFIG" => LogSeverity.Info,
            "NOTICE" => LogSeverity.Notice,
            "WARN" or "WARNING" or "WRN" => LogSeverity.Warning,
            "ERROR" or "ERR" or "FAILURE" => LogSeverity.Error,
            "CRIT" or "CRITICAL" or "FATAL" or "FTL" or "SEVERE" or "ALERT" or "EMERG" or "EMERGENCY" or "PANIC" => LogSeverity.Critical,
            _ => LogSeverity.None,
        };
    }

    /// <summary>The one-letter levels of Android logcat (V, D, I, W, E, F, A).</summary>
    public static LogSeverity FromLetter(char letter) => letter switch
    {
        'V' => LogSeverity.Trace,
        'D' => LogSeverity.Debug,
        'I' => LogSeverity.Info,
        'W' => LogSeverity.Warning,
        'E' => LogSeverity.Error,
        'F' or 'A' => LogSeverity.Critical,
        _ => LogSeverity.None,
    };

    /// <summary>The severity of a syslog priority value (facility * 8 + severity) or a journald PRIORITY (0..7).</summary>
    public static LogSeverity FromSyslogPriority(int priority) => (priority & 7) switch
    {
        0 or 1 or 2 => LogSeverity.Critical,
        3 => LogSeverity.Error,
        4 => LogSeverity.Warning,
        5 => LogSeverity.Notice,
        6 => LogSeverity.Info,
        _ => LogSeverity.Debug,
    };

    /// <summary>The severity an HTTP status implies: 5xx error, 4xx warning, others info.</summary>
    public static LogSeverity FromHttpStatus(int status) => status switch
    {
        >= 500 => LogSeverity.Error,
        >= 400 => LogSeverity.Warning,
        _ => LogSeverity.Info,
    };
}
