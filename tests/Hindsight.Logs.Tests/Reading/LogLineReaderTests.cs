using System.IO.Compression;
using System.Text;
using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Tests.Reading;

public class LogLineReaderTests
{
    private static List<string> ReadAll(LogLineReader reader)
    {
        var lines = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static LogLineReader Over(byte[] bytes) => new(new MemoryStream(bytes));

    [Fact]
    public void TryReadLine_CrlfAndLfAndNoFinalNewline_ReturnsLinesWithoutEndings()
    {
        using var reader = Over(Encoding.UTF8.GetBytes("one\r\ntwo\nthree"));

        Assert.Equal(["one", "two", "three"], ReadAll(reader));
        Assert.Equal(3, reader.LineNumber);
    }

    [Fact]
    public void TryReadLine_EmptyStream_ReturnsNothing()
    {
        using var reader = Over([]);

        Assert.Empty(ReadAll(reader));
        Assert.Equal(0, reader.Statistics.Lines);
    }

    [Fact]
    public void TryReadLine_ByteOrderMark_IsDropped()
    {
        using var reader = Over([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']);

        Assert.Equal(["a"], ReadAll(reader));
    }

    [Fact]
    public void TryReadLine_InvalidUtf8_ReplacesAndCounts()
    {
        using var reader = Over([(byte)'o', (byte)'k', 0xC3, (byte)' ', (byte)'x', (byte)'y', (byte)'z', (byte)'\n', (byte)'f', (byte)'i', (byte)'n', (byte)'e']);

        var lines = ReadAll(reader);

        Assert.Equal("ok\uFFFD xyz", lines[0]);
        Assert.Equal("fine", lines[1]);
        Assert.Equal(1, reader.Statistics.InvalidUtf8Lines);
    }

    [Fact]
    public void TryReadLine_BinaryGarbage_IsSkippedAndCounted()
    {
        var random = new Random(7);
        var garbage = new byte[3000];
        random.NextBytes(garbage);
        garbage = [.. garbage.Where(b => b != (byte)'\n')];
        using var reader = Over([.. Encoding.UTF8.GetBytes("before\n"), .. garbage, (byte)'\n', .. Encoding.UTF8.GetBytes("after\n")]);

        var lines = ReadAll(reader);

        Assert.Equal(["before", "after"], lines);
        Assert.Equal(1, reader.Statistics.BinaryLinesSkipped);
        Assert.Equal(3, reader.LineNumber);
    }

    [Fact]
    public void TryReadLine_HundredMegabyteLine_IsCutAtTheLimitAndCounted()
    {
        using var directory = new TempDirectory();
        var path = System.IO.Path.Combine(directory.Path, "long.log");
        using (var file = File.Create(path))
        {
            var block = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 100; i++)
            {
                file.Write(block);
            }

            file.Write("\nnext line\n"u8);
        }

        using var reader = LogLineReader.Open(path);
        var lines = ReadAll(reader);

        Assert.Equal(2, lines.Count);
        Assert.Equal(LogLineReader.MaxLineBytes, lines[0].Length);
        Assert.Equal("next line", lines[1]);
        Assert.Equal(1, reader.Statistics.TruncatedLines);
    }

    [Fact]
    public void TryReadLine_LongLineOfMultiByteCharacters_IsCutOnACharacterBoundary()
    {
        var text = string.Concat(Enumerable.Repeat("é", LogLineReader.MaxLineBytes)) + "\nend\n";
        using var reader = Over(Encoding.UTF8.GetBytes(text));

        var lines = ReadAll(reader);

        Assert.DoesNotContain('\uFFFD', lines[0]);
        Assert.Equal("end", lines[1]);
        Assert.Equal(0, reader.Statistics.InvalidUtf8Lines);
    }

    [Fact]
    public void Open_CompleteGzip_ReadsEverythingWithoutWarning()
    {
        using var directory = new TempDirectory();
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("first\r\nsecond\n"u8);
        }

        var path = directory.Bytes("whole.log.gz", compressed.ToArray());

        using var reader = LogLineReader.Open(path);

        Assert.Equal(["first", "second"], ReadAll(reader));
        Assert.Null(reader.Statistics.StoppedEarly);
    }

    [Fact]
    public void Open_TruncatedGzip_ReadsWhatItCanAndSaysWhy()
    {
        using var directory = new TempDirectory();
        var text = string.Join('\n', Enumerable.Range(1, 20000).Select(i => $"2022-02-26 12:00:00 INFO line {i} with some text to compress")) + "\n";
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        var bytes = compressed.ToArray();
        var path = directory.Bytes("cut.log.gz", bytes[..(bytes.Length / 2)]);

        using var reader = LogLineReader.Open(path);
        var lines = ReadAll(reader);

        Assert.InRange(lines.Count, 100, 19999);
        Assert.StartsWith("2022-02-26 12:00:00 INFO line 1 ", lines[0] + " ");
        Assert.NotNull(reader.Statistics.StoppedEarly);
    }
}
