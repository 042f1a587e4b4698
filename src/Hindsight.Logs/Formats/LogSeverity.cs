namespace Hindsight.Logs.Formats;

/// <summary>How severe a log line says it is, normalised across formats (syslog order, most severe last).</summary>
public enum LogSeverity
{
    /// <summary>The line names no level.</summary>
    None = 0,

    /// <summary>Trace or verbose.</summary>
    Trace,

    /// <summary>Debug.</summary>
    Debug,

    /// <summary>Informational.</summary>
    Info,

    /// <summary>Normal but significant (syslog notice).</summary>
    Notice,

    /// <summary>Warning.</summary>
    Warning,

    /// <summary>Error.</summary>
    Error,

    /// <summary>Critical, fatal, severe, alert, emergency or panic.</summary>
    Critical,
}
