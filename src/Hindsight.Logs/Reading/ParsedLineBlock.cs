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

    private readonly RawLineBatch _raw;
    private readonly LineParser[] _parsers;
    private readonly int[] _charLengths;
    private readonly LineDecoding[] _decodings;
    private readonly ParsedLine[] _parsed;

    /// <param name="parsers">One parser per thread that may parse; all of one file, over one shared context.</param>
    /// <param name="targetBytes">How many bytes of lines a block gathers before it is parsed.</param>
    public ParsedLineBlock(LineParser[] parsers, int targetBytes)
    {
        _parsers = parsers;
        var maxLines = Math.Max(64, targetBytes / 32);
        _raw = new RawLineBatch(targetBytes, maxLines);
        _charLengths = new int[maxLines];
        _decodings = new LineDecoding[maxLines];
        _parsed = new ParsedLine[maxLines];
    }

    /// <summary>How many lines the block holds, binary ones included.</summary>
    public int Count => _raw.Count;

    /// <summary>Whether line <paramref name="index"/> was binary data, to be skipped.</summary>
    public bool IsBinary(int index) => _decodings[index] == LineDecoding.Binary;

    /// <summary>The decoded text of line <paramref name="index"/>, valid until the next <see cref="Fill"/>.</summary>
    public ReadOnlySpan<char> Line(int index) => _raw.Text.AsSpan(_raw.Start(index), _charLengths[index]);

    /// <summary>What the file's format found in line <paramref name="index"/>.</summary>
    public ref readonly ParsedLine Parsed(int index) => ref _parsed[index];

    /// <summary>The 1-based number of line <paramref name="index"/> in its file.</summary>
    public long LineNumber(int index) => _raw.LineNumber(index);

    /// <summary>Reads, decodes and parses the next lines of <paramref name="reader"/>; <see langword="false"/> at its end.</summary>
    public bool Fill(LogLineReader reader)
    {
        if (!_raw.Fill(reader))
        {
            return false;
        }

        var count = _raw.Count;
        _raw.DecodeIfPlainAscii();
        var parts = Math.Min(_parsers.Length, count / MinLinesPerPart);
        if (parts <= 1)
        {
            ParsePart(0, 0, count);
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
                ParsePart(part, (int)((long)count * part / parts), (int)((long)count * (part + 1) / parts)));
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

    private void ParsePart(int part, int from, int to)
    {
        var parser = _parsers[part];
        for (var i = from; i < to; i++)
        {
            _decodings[i] = _raw.Decode(i, out var written);
            _charLengths[i] = written;
            _parsed[i] = _decodings[i] == LineDecoding.Binary ? default : parser.Parse(_raw.Text.AsSpan(_raw.Start(i), written));
        }
    }
}
