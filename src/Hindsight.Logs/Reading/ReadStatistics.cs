namespace Hindsight.Logs.Reading;

/// <summary>What reading a source ran into: lines, bytes and the damage repaired or skipped on the way.</summary>
public sealed class ReadStatistics
{
    /// <summary>Physical lines seen, skipped ones included.</summary>
    public long Lines { get; internal set; }

    /// <summary>Bytes of decompressed text read.</summary>
    public long Bytes { get; internal set; }

    /// <summary>Lines holding invalid UTF-8; the bad bytes became U+FFFD.</summary>
    public long InvalidUtf8Lines { get; internal set; }

    /// <summary>Lines longer than <see cref="LogLineReader.MaxLineBytes"/>, cut there.</summary>
    public long TruncatedLines { get; internal set; }

    /// <summary>Lines that looked like binary data (NUL or mostly control bytes) and were skipped.</summary>
    public long BinaryLinesSkipped { get; internal set; }

    /// <summary>Why reading stopped early (a truncated or corrupt compressed stream), or <see langword="null"/>.</summary>
    public string? StoppedEarly { get; internal set; }

    /// <summary>Adds <paramref name="other"/> to this total.</summary>
    public void Add(ReadStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Lines += other.Lines;
        Bytes += other.Bytes;
        InvalidUtf8Lines += other.InvalidUtf8Lines;
        TruncatedLines += other.TruncatedLines;
        BinaryLinesSkipped += other.BinaryLinesSkipped;
    }
}
