using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Reading;

/// <summary>
/// Reads several log files as one stream merged in time order (a line without a timestamp stays after the line
/// before it in its file), detecting each file's format from its first lines. Each file is read in blocks of lines
/// that are decoded and parsed on up to <c>parallelism</c> threads (<see cref="ParsedLineBlock"/>). Memory is
/// bounded by the number of files, not their size. The current line's spans are valid until the next
/// <see cref="Read"/>.
/// </summary>
public sealed class LogReader : IDisposable
{
    private readonly List<Cursor> _cursors = [];
    private readonly PriorityQueue<Cursor, (long Ticks, int Index)> _queue = new();
    private Cursor? _current;
    private bool _started;

    // Bytes of lines all files' blocks gather at once, and the bounds of one file's block.
    private const int BlockBudgetBytes = 8 << 20;
    private const int MaxBlockBytes = 512 << 10;
    private const int MinBlockBytes = 16 << 10;

    /// <summary>Opens <paramref name="sources"/>; unreadable ones must have been filtered out by <see cref="LogInputResolver"/>.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="options">Zone and year assumptions.</param>
    /// <param name="parallelism">Threads that may decode and parse a block of lines; -1 for all cores.</param>
    public LogReader(IReadOnlyList<LogSource> sources, LogReadOptions options, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        var threads = parallelism == -1 ? Environment.ProcessorCount : Math.Max(1, parallelism);
        var blockBytes = Math.Clamp(BlockBudgetBytes / Math.Max(1, sources.Count), MinBlockBytes, MaxBlockBytes);
        for (var i = 0; i < sources.Count; i++)
        {
            _cursors.Add(Cursor.Open(sources[i], options, i, threads, blockBytes));
        }

        Files = _cursors.Select(cursor => cursor.File).ToList();
    }

    /// <summary>The files, in the order given.</summary>
    public IReadOnlyList<LogFile> Files { get; }

    /// <summary>The file of the current line.</summary>
    public LogFile CurrentFile => Current.File;

    /// <summary>The 1-based line number of the current line in its file.</summary>
    public long LineNumber => Current.LineNumber;

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
        private readonly ParsedLineBlock _block;
        private int _index = -1;

        private Cursor(LogFile file, LogLineReader reader, int index, ParsedLineBlock block)
        {
            File = file;
            Reader = reader;
            Index = index;
            _block = block;
        }

        public LogFile File { get; }

        public LogLineReader Reader { get; }

        public int Index { get; }

        public ParsedLine Parsed => _block.Parsed(_index);

        public long LineNumber => _block.LineNumber(_index);

        public DateTimeOffset? LastTimestamp { get; private set; }

        public long OrderTicks => LastTimestamp?.UtcTicks ?? long.MinValue;

        // The block stays until this cursor advances past it, so the line outlives other files' reads when merging.
        public ReadOnlySpan<char> Line => _block.Line(_index);

        public static Cursor Open(LogSource source, LogReadOptions options, int index, int threads, int blockBytes)
        {
            var file = LogFile.Open(source, options, threads, out var reader, out var parsers);
            return new Cursor(file, reader, index, new ParsedLineBlock(parsers, blockBytes));
        }

        public bool Advance()
        {
            do
            {
                if (++_index >= _block.Count)
                {
                    _index = 0;
                    if (!_block.Fill(Reader))
                    {
                        _index = -1;
                        return false;
                    }
                }
            }
            while (_block.IsBinary(_index));

            ref readonly var parsed = ref _block.Parsed(_index);
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
    }
}
