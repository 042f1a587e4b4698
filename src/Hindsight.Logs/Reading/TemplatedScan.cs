using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Reading;

/// <summary>
/// Reads the sources twice in time order: first to learn templates, then to hand every line with its final template
/// to a consumer in batches. Memory stays flat in input size: one batch of lines and the templates, nothing per line.
/// </summary>
public sealed class TemplatedScan
{
    private const int BatchLines = LineBatchBuffer.MaxLines;
    private readonly IReadOnlyList<LogSource> _sources;
    private readonly LogReadOptions _options;
    private readonly int _maxDegreeOfParallelism;
    private readonly Range[] _ranges = new Range[BatchLines];
    private readonly int[] _ids = new int[BatchLines];

    /// <summary>Prepares a scan of <paramref name="sources"/>.</summary>
    /// <param name="sources">The files, as resolved by <see cref="LogInputResolver"/>.</param>
    /// <param name="options">Zone and year assumptions.</param>
    /// <param name="maxDegreeOfParallelism">Threads that may parse lines and mine templates; -1 for all cores.</param>
    public TemplatedScan(IReadOnlyList<LogSource> sources, LogReadOptions options, int maxDegreeOfParallelism = -1)
    {
        _sources = sources ?? throw new ArgumentNullException(nameof(sources));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>The miner holding the templates after <see cref="Run"/>.</summary>
    public TemplateMiner Miner { get; } = new();

    /// <summary>The files of the second pass, with their formats, assumptions and counts, after <see cref="Run"/>.</summary>
    public IReadOnlyList<LogFile> Files { get; private set; } = [];

    /// <summary>Total size of the sources, twice (two passes), for progress.</summary>
    public long TotalWork => 2 * _sources.Sum(source => source.Length);

    /// <summary>Runs both passes; <paramref name="consume"/> sees every line of the second pass.</summary>
    /// <param name="consume">Receives the batches of the second pass, in time order.</param>
    /// <param name="progress">Receives the bytes read so far (of <see cref="TotalWork"/>) and the lines read, both passes counted.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public void Run(Action<ScannedBatch> consume, Action<long, long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consume);
        if (_sources.Count == 1)
        {
            RunOneFile(consume, progress, cancellationToken);
            return;
        }

        var firstPassBytes = 0L;
        var firstPassLines = 0L;
        using (var learner = new LogReader(_sources, _options, _maxDegreeOfParallelism))
        {
            firstPassLines = ReadBatches(learner, batch => Miner.LearnBatch(batch.Text, Ranges(batch), Ids(batch), _maxDegreeOfParallelism), 0, 0, progress, cancellationToken);
            firstPassBytes = learner.SourceBytesRead;
        }

        using var reader = new LogReader(_sources, _options, _maxDegreeOfParallelism);
        Files = reader.Files;
        ReadBatches(
            reader,
            batch =>
            {
                Miner.MatchBatch(batch.Text, Ranges(batch), Ids(batch), _maxDegreeOfParallelism);
                var lines = batch.Lines;
                for (var i = 0; i < batch.Count; i++)
                {
                    lines[i].TemplateId = _ids[i];
                }

                consume(batch);
            },
            firstPassBytes,
            firstPassLines,
            progress,
            cancellationToken);
    }

    /// <summary>
    /// One file needs no merging, so whole batches can be parsed on different threads (<see cref="FileBatchPipeline"/>)
    /// instead of parsing each block on several threads while one thread assembles batches.
    /// </summary>
    private void RunOneFile(Action<ScannedBatch> consume, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        var threads = _maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _maxDegreeOfParallelism;
        var lines = 0L;
        var firstPassBytes = 0L;
        using (var learner = FileBatchPipeline.Open(_sources[0], _options, threads))
        {
            learner.Run(
                Miner,
                FileBatchPipeline.Stage.Learn,
                batch => lines += batch.Count,
                bytes =>
                {
                    firstPassBytes = bytes;
                    progress?.Invoke(bytes, lines);
                },
                cancellationToken);
        }

        using var matcher = FileBatchPipeline.Open(_sources[0], _options, threads);
        Files = [matcher.File];
        matcher.Run(
            Miner,
            FileBatchPipeline.Stage.Match,
            batch =>
            {
                lines += batch.Count;
                consume(batch);
            },
            progress is null ? null : bytes => progress(firstPassBytes + bytes, lines),
            cancellationToken);
    }

    private ReadOnlyMemory<Range> Ranges(ScannedBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            _ranges[i] = batch.Lines[i].Content;
        }

        return _ranges.AsMemory(0, batch.Count);
    }

    private Memory<int> Ids(ScannedBatch batch) => _ids.AsMemory(0, batch.Count);

    /// <summary>
    /// Reads batches on a background thread while the caller's thread handles the previous one, so reading and
    /// mining overlap; the batches still arrive in order. Three buffers bound the memory. With a single core there
    /// is nothing to overlap, and handing batches between threads would only cost switches: one thread does both.
    /// </summary>
    /// <returns>The number of lines read.</returns>
    private static long ReadBatches(LogReader reader, Action<ScannedBatch> handle, long bytesBefore, long linesBefore, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        var fileIndex = new Dictionary<LogFile, int>();
        for (var i = 0; i < reader.Files.Count; i++)
        {
            fileIndex[reader.Files[i]] = i;
        }

        if (Environment.ProcessorCount == 1)
        {
            return ReadBatchesOnOneThread(reader, fileIndex, handle, bytesBefore, linesBefore, progress, cancellationToken);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var full = new BatchQueue<LineBatchBuffer>();
        var free = new BatchQueue<LineBatchBuffer>();
        for (var i = 0; i < 3; i++)
        {
            free.Add(new LineBatchBuffer());
        }

        // A thread of its own: the pool's threads are left to parse blocks and mine batches.
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var pending = false;
                    while (free.TryTake(out var buffer, stop.Token))
                    {
                        if (!buffer.Fill(reader, fileIndex, ref pending))
                        {
                            break;
                        }

                        full.Add(buffer);
                    }
                }
                finally
                {
                    full.Complete();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        long lines = 0;
        try
        {
            while (full.TryTake(out var buffer, CancellationToken.None))
            {
                var batch = buffer.AsBatch();
                handle(batch);
                lines += batch.Count;
                progress?.Invoke(bytesBefore + buffer.SourceBytesRead, linesBefore + lines);
                cancellationToken.ThrowIfCancellationRequested();
                free.Add(buffer);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            producer.GetAwaiter().GetResult();
        }

        return lines;
    }

    private static long ReadBatchesOnOneThread(LogReader reader, Dictionary<LogFile, int> fileIndex, Action<ScannedBatch> handle, long bytesBefore, long linesBefore, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        var buffer = new LineBatchBuffer();
        var pending = false;
        long lines = 0;
        while (buffer.Fill(reader, fileIndex, ref pending))
        {
            var batch = buffer.AsBatch();
            handle(batch);
            lines += batch.Count;
            progress?.Invoke(bytesBefore + buffer.SourceBytesRead, linesBefore + lines);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return lines;
    }
}
