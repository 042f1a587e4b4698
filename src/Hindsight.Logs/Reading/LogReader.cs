using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Reading;

/// <summary>
/// Reads several log files as one stream merged in time order (a line without a timestamp stays after the line
/// before it in its file), detecting each file's format from its first lines. Memory is bounded by the number of
/// files, not their size. The current line's spans are valid until the next <see cref="Read"/>.
/// </summary>
public sealed class LogReader : IDisposable
{
    private readonly List<Cursor> _cursors = [];
    private readonly PriorityQueue<Cursor, (long Ticks, int Index)> _queue = new();
    private Cursor? _current;
    private bool _started;

    /// <summary>Opens <paramref name="sources"/>; unreadable ones must have been filtered out by <see cref="LogInputResolver"/>.</summary>
    public LogReader(IReadOnlyList<LogSource> sources, LogReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        for (var i = 0; i < sources.Count; i++)
        {
            _cursors.Add(Cursor.Open(sources[i], options, i, copyLines: sources.Count > 1));
        }

        Files = _cursors.Select(cursor => cursor.File).ToList();
    }

    /// <summary>The files, in the order given.</summary>
    public IReadOnlyList<LogFile> Files { get; }

    /// <summary>The file of the current line.</summary>
    public LogFile CurrentFile => Current.File;

    /// <summary>The 1-based line number of the current line in its file.</summary>
    public long LineNumber => Current.Reader.LineNumber;

    /// <summary>The current line as read.</summary>
    public ReadOnlySpan<char> Line => Current.Line;

    /// <summary>What the file's format found in the current line.</summary>
    public ParsedLine Parsed => Current.Parsed;

    /// <summary>The current line's message.</summary>
    public ReadOnlySpan<char> Content => Current.Parsed.Content(Current.Line);

    /// <summary>The current line's timestamp, or that of the closest line before it in its file.</summary>
    public DateTimeOffset? EffectiveTimestamp => Current.LastTimestamp;

    /// <summary>How many bytes of the files (compressed bytes for .gz) have been read, for progress.</summary>
    public long SourceBytesRead => _cursors.Sum(cursor => cursor.Reader.SourcePosition);

    private Cursor Current => _current ?? throw new InvalidOperationException("Call Read first.");

    /// <summary>Moves to the next line in time order; <see langword="false"/> when every file is done.</summary>
    public bool Read()
    {
        if (_cursors.Count == 1)
        {
            _current = _cursors[0];
            return _current.Advance();
        }

        if (!_started)
        {
            _started = true;
            foreach (var cursor in _cursors)
            {
                if (cursor.Advance())
                {
                    _queue.Enqueue(cursor, (cursor.OrderTicks, cursor.Index));
                }
            }
        }
        else if (_current is not null && _current.Advance())
        {
            _queue.Enqueue(_current, (_current.OrderTicks, _current.Index));
        }

        return _queue.TryDequeue(out _current, out _);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var cursor in _cursors)
        {
            cursor.Reader.Dispose();
        }
    }

    private sealed class Cursor
    {
        private char[] _line = [];
        private int _lineLength;

        private readonly bool _copyLines;

        private Cursor(LogFile file, LogLineReader reader, int index, bool copyLines)
        {
            File = file;
            Reader = reader;
            Index = index;
            _copyLines = copyLines;
        }

        public LogFile File { get; }

        public LogLineReader Reader { get; }

        public int Index { get; }

        public ParsedLine Parsed { get; private set; }

        public DateTimeOffset? LastTimestamp { get; private set; }

        public long OrderTicks => LastTimestamp?.UtcTicks ?? long.MinValue;

        public ReadOnlySpan<char> Line => _line.AsSpan(0, _lineLength);

        public static Cursor Open(LogSource source, LogReadOptions options, int index, bool copyLines)
        {
            var detection = Detect(source, options);
            var context = new TimestampContext(options.Zone, options.Year, source.LastWriteTime);
            var reader = source.OpenReader();
            var file = new LogFile(source, detection, new LineParser(detection.Format, context), reader.Statistics);
            return new Cursor(file, reader, index, copyLines);
        }

        public bool Advance()
        {
            if (!Reader.TryReadLine(out var line))
            {
                return false;
            }

            // The reader's buffer is reused on the next read; when merging, the line must outlive other files' reads.
            if (_copyLines)
            {
                if (_line.Length < line.Length)
                {
                    _line = new char[Math.Max(line.Length, 256)];
                }

                line.CopyTo(_line);
            }
            else
            {
                _line = Reader.LineBuffer;
            }

            _lineLength = line.Length;
            var parsed = File.Parser.Parse(Line);
            Parsed = parsed;
            if (parsed.Timestamp is { } timestamp)
            {
                File.TimestampedLines++;
                if (LastTimestamp is { } previous && timestamp < previous.AddSeconds(-1))
                {
                    File.BackwardsTimestamps++;
                }

                if (File.First is null || timestamp < File.First)
                {
                    File.First = timestamp;
                }

                if (File.Last is null || timestamp > File.Last)
                {
                    File.Last = timestamp;
                }

                LastTimestamp = timestamp;
            }

            return true;
        }

        private static FormatDetection Detect(LogSource source, LogReadOptions options)
        {
            var sample = new List<string>(FormatDetector.SampleSize);
            using (var reader = source.OpenReader())
            {
                while (sample.Count < FormatDetector.SampleSize && reader.TryReadLine(out var line))
                {
                    sample.Add(line.ToString());
                }
            }

            // A scratch context: detection must not mark the real one as having assumed a zone or year.
            var scratch = new TimestampContext(options.Zone, options.Year, source.LastWriteTime);
            return FormatDetector.Detect(sample, scratch);
        }
    }
}
