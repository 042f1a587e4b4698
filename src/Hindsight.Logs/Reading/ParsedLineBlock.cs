using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Reading;

/// <summary>
/// The next lines of one file: read as bytes, then decoded and parsed together, on several threads when the block
/// holds enough lines. Decoding and format parsing are most of the cost of reading a log, and each line's result
/// depends on that line alone (<see cref="LineParser"/>), so the threads split the block into contiguous parts and
/// the outcome is the same for any thread count. Memory is fixed by the block's size, never by the file's.
/// </summary>
internal sealed class ParsedLineBlock
{
    // Below this many lines a part is not worth handing to another thread.
    private const int MinLinesPerPart = 1024;

    private readonly int _targetBytes;
    private readonly int _maxLines;
    private readonly byte[] _bytes;
    private readonly char[] _chars;
    private readonly LineParser[] _parsers;
    private readonly int[] _starts;
    private readonly int[] _byteLengths;
    private readonly int[] _charLengths;
    private readonly long[] _lineNumbers;
    private readonly LineDecoding[] _decodings;
    private readonly ParsedLine[] _parsed;

    /// <param name="parsers">One parser per thread that may parse; all of one file, over one shared context.</param>
    /// <param name="targetBytes">How many bytes of lines a block gathers before it is parsed.</param>
    public ParsedLineBlock(LineParser[] parsers, int targetBytes)
    {
        _parsers = parsers;
        _targetBytes = targetBytes;
        _maxLines = Math.Max(64, targetBytes / 32);

        // The last line may start just below the target and be as long as a line can be.
        _bytes = new byte[targetBytes + LogLineReader.MaxLineBytes];
        _chars = new char[_bytes.Length];
        _starts = new int[_maxLines];
        _byteLengths = new int[_maxLines];
        _charLengths = new int[_maxLines];
        _lineNumbers = new long[_maxLines];
        _decodings = new LineDecoding[_maxLines];
        _parsed = new ParsedLine[_maxLines];
    }

    /// <summary>How many lines the block holds, binary ones included.</summary>
    public int Count { get; private set; }

    /// <summary>Whether line <paramref name="index"/> was binary data, to be skipped.</summary>
    public bool IsBinary(int index) => _decodings[index] == LineDecoding.Binary;

    /// <summary>The decoded text of line <paramref name="index"/>, valid until the next <see cref="Fill"/>.</summary>
    public ReadOnlySpan<char> Line(int index) => _chars.AsSpan(_starts[index], _charLengths[index]);

    /// <summary>What the file's format found in line <paramref name="index"/>.</summary>
    public ref readonly ParsedLine Parsed(int index) => ref _parsed[index];

    /// <summary>The 1-based number of line <paramref name="index"/> in its file.</summary>
    public long LineNumber(int index) => _lineNumbers[index];

    /// <summary>Reads, decodes and parses the next lines of <paramref name="reader"/>; <see langword="false"/> at its end.</summary>
    public bool Fill(LogLineReader reader)
    {
        var count = 0;
        var used = 0;
        while (count < _maxLines && used < _targetBytes && reader.TryReadRawLine(out var bytes))
        {
            bytes.CopyTo(_bytes.AsSpan(used));
            _starts[count] = used;
            _byteLengths[count] = bytes.Length;
            _lineNumbers[count] = reader.LineNumber;
            used += bytes.Length;
            count++;
        }

        Count = count;
        if (count == 0)
        {
            return false;
        }

        var plainAscii = LogLineReader.TryDecodePlainAscii(_bytes.AsSpan(0, used), _chars);
        var parts = Math.Min(_parsers.Length, count / MinLinesPerPart);
        if (parts <= 1)
        {
            ParsePart(0, 0, count, plainAscii);
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
                ParsePart(part, (int)((long)count * part / parts), (int)((long)count * (part + 1) / parts), plainAscii));
        }

        var statistics = reader.Statistics;
        foreach (var decoding in _decodings.AsSpan(0, count))
        {
            if (decoding == LineDecoding.Binary)
            {
                statistics.BinaryLinesSkipped++;
            }
            else if (decoding == LineDecoding.InvalidUtf8)
            {
                statistics.InvalidUtf8Lines++;
            }
        }

        return true;
    }

    // With plainAscii the block is already decoded in place (LogLineReader.TryDecodePlainAscii).
    private void ParsePart(int part, int from, int to, bool plainAscii)
    {
        var parser = _parsers[part];
        for (var i = from; i < to; i++)
        {
            var start = _starts[i];
            var length = _byteLengths[i];
            var chars = _chars.AsSpan(start, length);
            var written = length;
            _decodings[i] = plainAscii ? LineDecoding.Text : LogLineReader.Decode(_bytes.AsSpan(start, length), chars, out written);
            _charLengths[i] = written;
            _parsed[i] = _decodings[i] == LineDecoding.Binary ? default : parser.Parse(chars[..written]);
        }
    }
}
