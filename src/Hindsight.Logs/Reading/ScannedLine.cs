using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Reading;

/// <summary>One line of a <see cref="TemplatedScan"/> batch: where it is, what it says, and its template.</summary>
public struct ScannedLine
{
    /// <summary>Index of the file in <see cref="LogReader.Files"/>.</summary>
    public int FileIndex { get; set; }

    /// <summary>1-based line number in its file.</summary>
    public long LineNumber { get; set; }

    /// <summary>The line's own timestamp, or <see langword="null"/>.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The line's timestamp or, for lines without one, that of the closest line before it in its file.</summary>
    public DateTimeOffset? EffectiveTimestamp { get; set; }

    /// <summary>The level the line states.</summary>
    public LogSeverity Severity { get; set; }

    /// <summary>The HTTP status of access-log lines, or 0.</summary>
    public int HttpStatus { get; set; }

    /// <summary>Where the message lies in the batch text.</summary>
    public Range Content { get; set; }

    /// <summary>The template (cluster) id; -1 when none fits.</summary>
    public int TemplateId { get; set; }
}
