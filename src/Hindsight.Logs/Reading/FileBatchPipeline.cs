using Hindsight.Logs.Formats;
using Hindsight.Logs.Templates;
using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Reading;

/// <summary>
/// One pass of a <see cref="TemplatedScan"/> over a single file, on several threads that each take a whole batch
/// through three stages: read its raw lines (in file order, one thread at a time), decode, parse and mask or match
/// them (any number of batches at once), then commit it (in file order, one at a time, on whichever thread finishes
/// the batch whose turn it is): file statistics, learning, or handing the batch to the consumer. Reading and
/// committing are a small part of the work and no thread waits for another to finish a batch, so the threads stay
/// busy. With one thread it is a plain loop.
/// </summary>
/// <remarks>
/// The outcome does not depend on the thread count: a line's parse depends on that line alone
/// (<see cref="LineParser"/>), masking on the message alone, learning follows the file order, and the carried state
/// (the last timestamp, statistics) is applied at commit, in order.
/// </remarks>
internal sealed class FileBatchPipeline : IDisposable
{
    // Small enough that every thread's batch stays in the shared cache between its stages.
    private const int TargetBytes = 512 << 10;

    // Each thread holds two batches of a few MiB; past this many, the in-order commit (learning) bounds the speed anyway.
    private const int MaxThreads = 8;

    private readonly LogLineReader _reader;
    private readonly LineParser[] _parsers;
    private readonly Slot[] _slots;
    private readonly object _readTurn = new();
    private readonly object _commitTurn = new();
    private long _nextRead;
    private long _nextCommit;
    private bool _endOfInput;
    private bool _committing;
    private Exception? _failure;
    private DateTimeOffset? _lastTimestamp;
    private Stage _stage;
    private Action<ScannedBatch> _commit = static _ => { };
    private Action<long>? _committed;
    private CancellationToken _cancellationToken;

    private FileBatchPipeline(LogFile file, LogLineReader reader, LineParser[] parsers)
    {
        File = file;
        _reader = reader;
        _parsers = parsers;

        // Two batches a thread, so that a thread can go on reading and parsing while its last batch waits its turn.
        _slots = new Slot[parsers.Length == 1 ? 1 : 2 * parsers.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new Slot();
        }
    }

    /// <summary>What a pass does to a batch besides parsing it.</summary>
    public enum Stage
    {
        /// <summary>Mask the messages while parsing, learn them at commit.</summary>
        Learn,

        /// <summary>Match the messages against the final templates while parsing.</summary>
        Match,
    }

    /// <summary>The file, its format and its counts.</summary>
    public LogFile File { get; }

    /// <summary>Detects the format of <paramref name="source"/> and opens it, for <paramref name="threads"/> threads.</summary>
    public static FileBatchPipeline Open(LogSource source, LogReadOptions options, int threads)
    {
        var file = LogFile.Open(source, options, Math.Clamp(threads, 1, MaxThreads), out var reader, out var parsers);
        return new FileBatchPipeline(file, reader, parsers);
    }

    /// <summary>
    /// Reads the file once. <paramref name="commit"/> sees every batch in file order: with its lines and their
    /// template ids (<see cref="Stage.Match"/>), or, once the miner has learned it, only its count
    /// (<see cref="Stage.Learn"/>); <paramref name="committed"/> gets the source bytes read so far after each batch.
    /// </summary>
    public void Run(TemplateMiner miner, Stage stage, Action<ScannedBatch> commit, Action<long>? committed, CancellationToken cancellationToken)
    {
        _stage = stage;
        _commit = commit;
        _committed = committed;
        _cancellationToken = cancellationToken;
        var helpers = new Thread[_parsers.Length - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            var worker = i + 1;
            helpers[i] = new Thread(() => Work(worker, miner)) { IsBackground = true, Name = "hindsight scan" };
            helpers[i].Start();
        }

        Work(0, miner);
        foreach (var helper in helpers)
        {
            helper.Join();
        }

        foreach (var slot in _slots)
        {
            slot.ReleaseMasked();
        }

        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private void Work(int worker, TemplateMiner miner)
    {
        try
        {
            while (TryRead(out var slot))
            {
                slot.Process(_parsers[worker], miner, _stage);
                CommitReady(slot, miner);
            }
        }
        catch (Exception exception)
        {
            lock (_commitTurn)
            {
                _failure ??= exception;
                Monitor.PulseAll(_commitTurn);
            }
        }
    }

    /// <summary>
    /// Marks <paramref name="processed"/> ready, then commits every ready batch whose turn has come, unless another
    /// thread is already doing so: a thread never waits for an earlier batch to be finished by another, it goes on
    /// to read the next one, and whichever thread finishes the batch whose turn it is commits it and those after it.
    /// </summary>
    private void CommitReady(Slot processed, TemplateMiner miner)
    {
        lock (_commitTurn)
        {
            processed.Ready = true;
            if (_committing || _failure is not null)
            {
                return;
            }

            _committing = true;
        }

        while (true)
        {
            Slot next;
            lock (_commitTurn)
            {
                next = _slots[_nextCommit % _slots.Length];
                if (_failure is not null || !next.Ready || next.Sequence != _nextCommit)
                {
                    _committing = false;
                    return;
                }
            }

            Commit(next, miner);
            lock (_commitTurn)
            {
                next.Ready = false;
                _nextCommit++;
                Monitor.PulseAll(_commitTurn);
            }
        }
    }

    private bool TryRead(out Slot slot)
    {
        lock (_readTurn)
        {
            slot = null!;
            if (_endOfInput)
            {
                return false;
            }

            var sequence = _nextRead;
            if (!AwaitCommitsBefore(sequence - _slots.Length + 1))
            {
                return false;
            }

            var next = _slots[sequence % _slots.Length];
            if (!next.Fill(_reader))
            {
                _endOfInput = true;
                return false;
            }

            next.Sequence = sequence;
            _nextRead++;
            slot = next;
            return true;
        }
    }

    /// <summary>Waits until the batches before <paramref name="sequence"/> are committed; <see langword="false"/> after a failure.</summary>
    private bool AwaitCommitsBefore(long sequence)
    {
        lock (_commitTurn)
        {
            while (_nextCommit < sequence && _failure is null)
            {
                Monitor.Wait(_commitTurn);
            }

            return _failure is null;
        }
    }

    private void Commit(Slot slot, TemplateMiner miner)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var lines = slot.Lines;
        var carried = _lastTimestamp;
        for (var i = 0; _stage == Stage.Match && i < slot.Count && lines[i].Timestamp is null; i++)
        {
            lines[i].EffectiveTimestamp = carried;
        }

        if (slot.FirstTimestamp is { } first)
        {
            if (carried is { } previous && first < previous.AddSeconds(-1))
            {
                File.BackwardsTimestamps++;
            }

            File.BackwardsTimestamps += slot.BackwardsTimestamps;
            File.TimestampedLines += slot.TimestampedLines;
            if (File.First is null || slot.Earliest < File.First)
            {
                File.First = slot.Earliest;
            }

            if (File.Last is null || slot.Latest > File.Last)
            {
                File.Last = slot.Latest;
            }

            _lastTimestamp = slot.LastTimestamp;
        }

        var statistics = File.Statistics;
        statistics.BinaryLinesSkipped += slot.BinaryLines;
        statistics.InvalidUtf8Lines += slot.InvalidUtf8Lines;
        if (_stage == Stage.Learn)
        {
            miner.LearnMasked(slot.Masked!, slot.Ids, 1);
            slot.ReleaseMasked();
        }

        var batch = new ScannedBatch(slot.Text.AsMemory(), lines, slot.Count);
        _commit(batch);
        _committed?.Invoke(slot.SourceBytesRead);
    }

    /// <summary>One batch: its raw lines, then their text, parse results and ids. Reused for every batch.</summary>
    private sealed class Slot
    {
        private const int MaxLines = 8 * 1024;
        private readonly RawLineBatch _raw = new(TargetBytes, MaxLines);
        private readonly Range[] _ranges = new Range[MaxLines];

        public char[] Text => _raw.Text;

        public ScannedLine[] Lines { get; } = new ScannedLine[MaxLines];

        public int[] Ids { get; } = new int[MaxLines];

        public long Sequence { get; set; }

        /// <summary>Processed and waiting for its turn to commit; read and written under the commit lock only.</summary>
        public bool Ready { get; set; }

        public int Count { get; private set; }

        public long SourceBytesRead { get; private set; }

        public MaskedBatch? Masked { get; private set; }

        public DateTimeOffset? FirstTimestamp { get; private set; }

        public DateTimeOffset? LastTimestamp { get; private set; }

        public DateTimeOffset Earliest { get; private set; }

        public DateTimeOffset Latest { get; private set; }

        public long TimestampedLines { get; private set; }

        public long BackwardsTimestamps { get; private set; }

        public long BinaryLines { get; private set; }

        public long InvalidUtf8Lines { get; private set; }

        /// <summary>Copies the next raw lines of <paramref name="reader"/>; <see langword="false"/> at its end.</summary>
        public bool Fill(LogLineReader reader)
        {
            var filled = _raw.Fill(reader);
            SourceBytesRead = reader.SourcePosition;
            return filled;
        }

        /// <summary>Decodes and parses the raw lines, then masks (learn pass) or matches (match pass) their messages.</summary>
        public void Process(LineParser parser, TemplateMiner miner, Stage stage)
        {
            var count = 0;
            long timestamped = 0, backwards = 0, binary = 0, invalid = 0;
            DateTimeOffset? first = null, last = null;
            DateTimeOffset earliest = default, latest = default;
            var text = Text.AsSpan();
            _raw.DecodeIfPlainAscii();
            for (var i = 0; i < _raw.Count; i++)
            {
                var start = _raw.Start(i);
                var decoding = _raw.Decode(i, out var written);
                var chars = text.Slice(start, written);
                if (decoding == LineDecoding.Binary)
                {
                    binary++;
                    continue;
                }

                if (decoding == LineDecoding.InvalidUtf8)
                {
                    invalid++;
                }

                var parsed = parser.Parse(chars);
                Range content;
                if (parsed.ContentText is { } decoded)
                {
                    // A decoded JSON message is never longer than its line, whose text is no longer needed.
                    var length = Math.Min(decoded.Length, written);
                    decoded.AsSpan(0, length).CopyTo(chars);
                    content = new Range(start, start + length);
                }
                else
                {
                    content = new Range(start + parsed.ContentStart, start + parsed.ContentStart + parsed.ContentLength);
                }

                if (parsed.Timestamp is { } timestamp)
                {
                    timestamped++;
                    if (last is { } previous)
                    {
                        if (timestamp < previous.AddSeconds(-1))
                        {
                            backwards++;
                        }

                        earliest = timestamp < earliest ? timestamp : earliest;
                        latest = timestamp > latest ? timestamp : latest;
                    }
                    else
                    {
                        first = timestamp;
                        earliest = latest = timestamp;
                    }

                    last = timestamp;
                }

                // The learn pass hands on only the count; its lines would be written for nothing.
                if (stage == Stage.Match)
                {
                    Lines[count] = new ScannedLine
                    {
                        FileIndex = 0,
                        LineNumber = _raw.LineNumber(i),
                        Timestamp = parsed.Timestamp,
                        EffectiveTimestamp = last,
                        Severity = parsed.Severity,
                        HttpStatus = parsed.HttpStatus,
                        Content = content,
                        TemplateId = -1,
                    };
                }

                _ranges[count] = content;
                count++;
            }

            Count = count;
            FirstTimestamp = first;
            LastTimestamp = last;
            Earliest = earliest;
            Latest = latest;
            TimestampedLines = timestamped;
            BackwardsTimestamps = backwards;
            BinaryLines = binary;
            InvalidUtf8Lines = invalid;

            var messages = _ranges.AsMemory(0, count);
            if (stage == Stage.Learn)
            {
                Masked = miner.MaskBatch(Text.AsMemory(), messages);
                return;
            }

            miner.MatchBatch(Text.AsMemory(), messages, Ids.AsMemory(0, count), 1);
            for (var i = 0; i < count; i++)
            {
                Lines[i].TemplateId = Ids[i];
            }
        }

        public void ReleaseMasked()
        {
            Masked?.Dispose();
            Masked = null;
        }
    }
}
