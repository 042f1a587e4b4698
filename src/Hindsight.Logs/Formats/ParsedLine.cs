namespace Hindsight.Logs.Formats;

/// <summary>What a format found in one line: when, how severe, and where the message is.</summary>
public struct ParsedLine
{
    /// <summary>The instant of the line, or <see langword="null"/> when it carries none (continuation lines, plain text).</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The level the line states.</summary>
    public LogSeverity Severity { get; set; }

    /// <summary>Where the message starts in the line.</summary>
    public int ContentStart { get; set; }

    /// <summary>How long the message is.</summary>
    public int ContentLength { get; set; }

    /// <summary>The message when it is not a slice of the line (a decoded JSON string); otherwise <see langword="null"/>.</summary>
    public string? ContentText { get; set; }

    /// <summary>The HTTP status of an access-log line, or 0.</summary>
    public int HttpStatus { get; set; }

    /// <summary>The message of <paramref name="line"/> this result describes.</summary>
    public readonly ReadOnlySpan<char> Content(ReadOnlySpan<char> line) =>
        ContentText is not null ? ContentText.AsSpan() : line.Slice(ContentStart, ContentLength);

    /// <summary>Marks the rest of <paramref name="line"/> from <paramref name="start"/> as the message, spaces trimmed.</summary>
    public void SetContentFrom(ReadOnlySpan<char> line, int start)
    {
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        var end = line.Length;
        while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        {
            end--;
        }

        ContentStart = start;
        ContentLength = end - start;
        ContentText = null;
    }
}
