namespace Hindsight.Logs.Formats;

/// <summary>
/// Parses the lines of one file: with the detected format first, then, for lines it does not read (mixed files),
/// with every other format in a fixed order; a line no format reads is plain text. What a line gives depends on
/// that line alone, never on the lines before it, so one file's lines can be parsed on several threads, each with
/// its own parser over the shared <see cref="TimestampContext"/>, and give what one parser would.
/// </summary>
public sealed class LineParser
{
    private readonly LogFormat? _primary;
    private readonly TimestampContext _context;

    /// <summary>Creates a parser for a file whose detected format is <paramref name="primary"/>.</summary>
    public LineParser(LogFormat? primary, TimestampContext context)
    {
        _primary = primary;
        _context = context;
    }

    /// <summary>The context holding the file's zone and year assumptions.</summary>
    public TimestampContext Context => _context;

    /// <summary>Lines no format could read (kept as plain text without a timestamp).</summary>
    public long UnparsedLines { get; private set; }

    /// <summary>Lines read by another format than the detected one.</summary>
    public long OtherFormatLines { get; private set; }

    /// <summary>Parses one line; never throws.</summary>
    public ParsedLine Parse(ReadOnlySpan<char> line)
    {
        var result = default(ParsedLine);
        if (_primary is not null && _primary.TryParse(line, _context, ref result))
        {
            return result;
        }

        if (line.Length > 0 && line[0] is not (' ' or '\t'))
        {
            foreach (var format in LogFormats.All)
            {
                if (format != _primary && TryFallback(format, line, ref result))
                {
                    return result;
                }
            }
        }

        // Continuation lines (stack traces) and plain text: the whole line is the message.
        UnparsedLines++;
        result = default;
        result.SetContentFrom(line, 0);
        return result;
    }

    private bool TryFallback(LogFormat format, ReadOnlySpan<char> line, ref ParsedLine result)
    {
        result = default;
        if (format.TryParse(line, _context, ref result) && result.Timestamp is not null)
        {
            OtherFormatLines++;
            return true;
        }

        return false;
    }
}
