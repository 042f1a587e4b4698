namespace Hindsight.Logs.Signals;

/// <summary>Recognises error-ish messages by the phrases systems use for them (case-insensitive, no regex).</summary>
public static class ErrorClassifier
{
    private static readonly (string Phrase, ErrorKinds Kind)[] Phrases =
    [
        ("out of memory", ErrorKinds.OutOfMemory),
        ("oom-killer", ErrorKinds.OutOfMemory),
        ("oom_reaper", ErrorKinds.OutOfMemory),
        ("oom-kill", ErrorKinds.OutOfMemory),
        ("outofmemoryerror", ErrorKinds.OutOfMemory),
        ("cannot allocate memory", ErrorKinds.OutOfMemory),
        ("memory exhausted", ErrorKinds.OutOfMemory),
        ("killed process", ErrorKinds.OutOfMemory),
        ("memory pressure", ErrorKinds.OutOfMemory),
        ("page allocation failure", ErrorKinds.OutOfMemory),
        ("connection refused", ErrorKinds.ConnectionRefused),
        ("econnrefused", ErrorKinds.ConnectionRefused),
        ("no live upstreams", ErrorKinds.BackendDown),
        ("no server available", ErrorKinds.BackendDown),
        ("has no server available", ErrorKinds.BackendDown),
        ("is down", ErrorKinds.BackendDown),
        ("going down", ErrorKinds.BackendDown),
        ("upstream prematurely closed", ErrorKinds.BackendDown),
        ("bad gateway", ErrorKinds.BackendDown),
        ("service unavailable", ErrorKinds.BackendDown),
        ("backup servers left", ErrorKinds.BackendDown),
        ("no space left on device", ErrorKinds.DiskFull),
        ("disk full", ErrorKinds.DiskFull),
        ("enospc", ErrorKinds.DiskFull),
        ("quota exceeded", ErrorKinds.DiskFull),
        ("timed out", ErrorKinds.Timeout),
        ("timeout", ErrorKinds.Timeout),
        ("etimedout", ErrorKinds.Timeout),
        ("deadline exceeded", ErrorKinds.Timeout),
    ];

    /// <summary>The error-ish kinds <paramref name="message"/> names.</summary>
    public static ErrorKinds Classify(ReadOnlySpan<char> message)
    {
        var kinds = ErrorKinds.None;
        foreach (var (phrase, kind) in Phrases)
        {
            if ((kinds & kind) == 0 && message.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                kinds |= kind;
            }
        }

        return kinds;
    }

    /// <summary>A short human name for the most telling kind in <paramref name="kinds"/>.</summary>
    public static string Describe(ErrorKinds kinds) =>
        (kinds & ErrorKinds.OutOfMemory) != 0 ? "out of memory"
        : (kinds & ErrorKinds.ServerError) != 0 ? "HTTP 5xx"
        : (kinds & ErrorKinds.BackendDown) != 0 ? "backend down"
        : (kinds & ErrorKinds.DiskFull) != 0 ? "disk full"
        : (kinds & ErrorKinds.ConnectionRefused) != 0 ? "connection refused"
        : (kinds & ErrorKinds.Timeout) != 0 ? "timeout"
        : (kinds & ErrorKinds.ErrorLevel) != 0 ? "error"
        : "";
}
