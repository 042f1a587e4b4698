using System.Globalization;
using System.Text;
using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Tests.Reading;

/// <summary>Parsing and mining on several threads must give exactly what one thread gives, line for line.</summary>
public class ParallelScanTests
{
    private static readonly LogReadOptions Utc = new(TimeZoneInfo.Utc, true, 2022);

    // Everything that carries state from line to line or batch to batch: continuation lines without a timestamp
    // (also at batch boundaries, which fall every 32 Ki lines), timestamps going backwards, binary and invalid UTF-8
    // lines, a line longer than the cut, and a line of another format inside the file.
    // With plainAscii, no binary or invalid UTF-8 lines and one line of other UTF-8: every batch but one is plain
    // ASCII, which is decoded a whole batch at a time.
    private static string WriteAwkwardLog(TempDirectory directory, string name, int lines, int seed, bool plainAscii = false)
    {
        var random = new Random(seed);
        var text = new MemoryStream();
        void Write(string line) => text.Write(Encoding.UTF8.GetBytes(line + "\n"));
        var at = new DateTime(2022, 2, 26, 0, 0, 0).AddSeconds(seed);
        for (var i = 0; i < lines; i++)
        {
            at = random.Next(50) == 0 ? at.AddSeconds(-30) : at.AddMilliseconds(random.Next(400));
            var stamp = at.ToString("yyyy-MM-dd HH:mm:ss,fff", CultureInfo.InvariantCulture);
            var kind = random.Next(40);
            switch (plainAscii && kind is 1 or 2 ? 40 : kind)
            {
                case 0:
                    Write("\tat app.Worker.Run(Worker.java:" + random.Next(900) + ")");
                    break;
                case 1:
                    text.Write([0x00, 0x01, 0x02, 0xFF, 0x10, 0x0A]);
                    break;
                case 2:
                    text.Write(Encoding.UTF8.GetBytes(stamp + " WARN [io] app.Disk: bad byte "));
                    text.Write([0xC3, 0x28, 0x0A]);
                    break;
                case 3:
                    Write($"<13>Feb 26 {at:HH:mm:ss} web-01 sshd[{random.Next(9000)}]: Accepted password for user{random.Next(50)}");
                    break;
                default:
                    Write($"{stamp} {(random.Next(10) == 0 ? "ERROR" : "INFO")} [main] app.Worker: job {random.Next(100_000)} finished in {random.Next(97)} ms on node-{random.Next(8)}");
                    break;
            }

            if (plainAscii && i == lines / 3)
            {
                Write(stamp + " INFO [main] app.Shop: caf\u00e9 order served");
            }

            if (i == lines / 2)
            {
                Write(stamp + " INFO [main] app.Big: " + new string('x', LogLineReader.MaxLineBytes + 100));
            }
        }

        return directory.Bytes(name, text.ToArray());
    }

    private static (List<string> Rows, List<string> Files) Scan(IReadOnlyList<LogSource> sources, int threads)
    {
        var scan = new TemplatedScan(sources, Utc, threads);
        var rows = new List<string>();
        scan.Run(batch =>
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var line = batch.Lines[i];
                rows.Add(string.Join(
                    '|',
                    line.FileIndex,
                    line.LineNumber,
                    line.Timestamp?.ToString("O", CultureInfo.InvariantCulture),
                    line.EffectiveTimestamp?.ToString("O", CultureInfo.InvariantCulture),
                    line.Severity,
                    batch.ContentOf(i).ToString(),
                    scan.Miner.GetTemplate(line.TemplateId)));
            }
        });
        var files = scan.Files.Select(file => string.Join(
            '|',
            file.Statistics.Lines,
            file.Statistics.BinaryLinesSkipped,
            file.Statistics.InvalidUtf8Lines,
            file.Statistics.TruncatedLines,
            file.TimestampedLines,
            file.BackwardsTimestamps,
            file.First?.ToString("O", CultureInfo.InvariantCulture),
            file.Last?.ToString("O", CultureInfo.InvariantCulture),
            string.Join(';', file.Notes())))
            .ToList();
        return (rows, files);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_OneFileOnSeveralThreads_GivesTheOneThreadResultLineForLine(int threads)
    {
        using var directory = new TempDirectory();
        var source = LogSource.FromFile(WriteAwkwardLog(directory, "app.log", 120_000, seed: 1), "app.log");

        var one = Scan([source], 1);
        var several = Scan([source], threads);

        Assert.True(one.Rows.Count > 110_000);
        Assert.Equal(one.Files, several.Files);
        Assert.Equal(one.Rows, several.Rows);
    }

    [Fact]
    public void Run_OneFile_ReadsWhatTheMergingReaderReads()
    {
        using var directory = new TempDirectory();
        var source = LogSource.FromFile(WriteAwkwardLog(directory, "app.log", 70_000, seed: 7), "app.log");
        var expected = new List<string>();
        using (var reader = new LogReader([source], Utc))
        {
            while (reader.Read())
            {
                expected.Add(string.Join(
                    '|',
                    reader.LineNumber,
                    reader.Parsed.Timestamp?.ToString("O", CultureInfo.InvariantCulture),
                    reader.EffectiveTimestamp?.ToString("O", CultureInfo.InvariantCulture),
                    reader.Parsed.Severity,
                    reader.Content.ToString()));
            }
        }

        var (rows, _) = Scan([source], 2);

        Assert.Equal(expected, rows.Select(row => string.Join('|', row.Split('|')[1..6])));
    }

    [Fact]
    public void Run_PlainAsciiFile_DecodesEveryLineAsTheLineReaderDoes()
    {
        using var directory = new TempDirectory();
        var path = WriteAwkwardLog(directory, "app.log", 60_000, seed: 8, plainAscii: true);
        var source = LogSource.FromFile(path, "app.log");
        var decoded = new List<string>();
        using (var lineReader = LogLineReader.Open(path))
        {
            while (lineReader.TryReadLine(out var line))
            {
                decoded.Add(line.ToString());
            }
        }

        var merged = new List<string>();
        using (var reader = new LogReader([source, LogSource.FromFile(path, "same.log")], Utc))
        {
            while (reader.Read())
            {
                if (ReferenceEquals(reader.CurrentFile, reader.Files[0]))
                {
                    merged.Add(reader.Content.ToString());
                }
            }
        }

        var one = Scan([source], 1);
        var two = Scan([source], 2);

        Assert.Equal(one.Rows, two.Rows);
        Assert.Equal(decoded.Count, one.Rows.Count);
        Assert.Contains(one.Rows, row => row.Contains("caf\u00e9", StringComparison.Ordinal));
        var contents = one.Rows.Select(row => row.Split('|')[5]).ToList();
        Assert.Equal(contents, merged);
        Assert.All(decoded.Zip(contents), pair => Assert.EndsWith(pair.Second, pair.First, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OneFile_CountsWhatThePipelineSkippedAndCarried()
    {
        using var directory = new TempDirectory();
        var source = LogSource.FromFile(WriteAwkwardLog(directory, "app.log", 80_000, seed: 2), "app.log");

        var (rows, files) = Scan([source], 2);

        var counts = files.Single().Split('|');
        Assert.True(long.Parse(counts[1], CultureInfo.InvariantCulture) > 1000, "binary lines skipped");
        Assert.True(long.Parse(counts[2], CultureInfo.InvariantCulture) > 1000, "invalid UTF-8 lines");
        Assert.Equal("1", counts[3]);
        Assert.True(long.Parse(counts[5], CultureInfo.InvariantCulture) > 1000, "backwards timestamps");

        // A continuation line carries the timestamp of the line before it, across batch boundaries too.
        var continuation = rows.Select(row => row.Split('|')).Where(fields => fields[2].Length == 0).ToList();
        Assert.NotEmpty(continuation);
        Assert.All(continuation, fields => Assert.NotEqual(string.Empty, fields[3]));
    }

    [Fact]
    public void Run_SeveralFilesOnSeveralThreads_GivesTheOneThreadMerge()
    {
        using var directory = new TempDirectory();
        LogSource[] sources =
        [
            LogSource.FromFile(WriteAwkwardLog(directory, "a.log", 30_000, seed: 3), "a.log"),
            LogSource.FromFile(WriteAwkwardLog(directory, "b.log", 30_000, seed: 4), "b.log"),
        ];

        var one = Scan(sources, 1);
        var several = Scan(sources, 2);

        Assert.Equal(one.Files, several.Files);
        Assert.Equal(one.Rows, several.Rows);
        Assert.Contains(one.Rows, row => row.StartsWith("1|", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OneFileConsumerFailsOnSeveralThreads_ThrowsItsExceptionWithoutHanging()
    {
        using var directory = new TempDirectory();
        var source = LogSource.FromFile(WriteAwkwardLog(directory, "app.log", 100_000, seed: 5), "app.log");
        var scan = new TemplatedScan([source], Utc, 2);
        var batches = 0;

        var exception = Assert.Throws<InvalidOperationException>(() => scan.Run(_ =>
        {
            if (++batches == 2)
            {
                throw new InvalidOperationException("stop");
            }
        }));

        Assert.Equal("stop", exception.Message);
        Assert.Equal(2, batches);
    }

    [Fact]
    public void Run_OneFileCancelled_StopsWithCancellation()
    {
        using var directory = new TempDirectory();
        var source = LogSource.FromFile(WriteAwkwardLog(directory, "app.log", 100_000, seed: 6), "app.log");
        var scan = new TemplatedScan([source], Utc, 2);
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => scan.Run(_ => cancellation.Cancel(), cancellationToken: cancellation.Token));
    }
}
