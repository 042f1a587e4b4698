namespace Hindsight.Logs.Reading;

/// <summary>One file to read: where it is, how to name it in evidence references, and when it was last written.</summary>
/// <param name="Path">The file on disk (a spooled copy for standard input).</param>
/// <param name="DisplayName">How reports name it (<c>file:line</c> evidence uses this).</param>
/// <param name="Length">Its size in bytes (compressed size for .gz).</param>
/// <param name="LastWriteTime">Its modification time, used to infer years that lines do not state.</param>
public sealed record LogSource(string Path, string DisplayName, long Length, DateTimeOffset LastWriteTime)
{
    /// <summary>Whether the file is a temporary copy (of standard input) to delete after use.</summary>
    public bool IsTemporary { get; init; }

    /// <summary>Opens a line reader on the source.</summary>
    public LogLineReader OpenReader() => LogLineReader.Open(Path);

    /// <summary>Describes a file on disk.</summary>
    public static LogSource FromFile(string path, string displayName)
    {
        var info = new FileInfo(path);
        return new LogSource(path, displayName, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
    }
}
