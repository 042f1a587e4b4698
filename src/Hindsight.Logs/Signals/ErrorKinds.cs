namespace Hindsight.Logs.Signals;

/// <summary>Why a line looks like trouble; several may apply.</summary>
[Flags]
public enum ErrorKinds
{
    /// <summary>Nothing error-ish.</summary>
    None = 0,

    /// <summary>The line's level is error or worse.</summary>
    ErrorLevel = 1,

    /// <summary>An HTTP 5xx response.</summary>
    ServerError = 2,

    /// <summary>Out of memory, or the kernel's OOM killer.</summary>
    OutOfMemory = 4,

    /// <summary>A connection was refused.</summary>
    ConnectionRefused = 8,

    /// <summary>An upstream or backend server is down or unavailable.</summary>
    BackendDown = 16,

    /// <summary>A disk or file system is full.</summary>
    DiskFull = 32,

    /// <summary>Something timed out.</summary>
    Timeout = 64,
}
