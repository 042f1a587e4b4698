namespace Hindsight.Logs.Reading;

/// <summary>
/// The next lines of one file copied as raw bytes, end to end, then decoded into <see cref="Text"/> at the same
/// offsets: the first stage of <see cref="ParsedLineBlock"/> and of the single-file pipeline's batches, so that
/// lines can be decoded and parsed on any thread while the reader goes on. Reused for every batch.
/// </summary>
internal sealed class RawLineBatch
{
    private readonly int _targetBytes;
    private readonly int _maxLines;
    private readonly byte[] _bytes;
    private readonly int[] _starts;
    private readonly int[] _byteLengths;
    private readonly long[] _lineNumbers;
    private int _usedBytes;
    private bool _plainAscii;

    /// <param name="targetBytes">How many bytes of lines a batch gathers.</param>
    /// <param name="maxLines">How many lines a batch holds at most.</param>
    public RawLineBatch(int targetBytes, int maxLines)
    {
        _targetBytes = targetBytes;
        _maxLines = maxLines;

        // The last line may start just below the target and be as long as a line can be.
        _bytes = new byte[targetBytes + LogLineReader.MaxLineBytes];
        Text = new char[_bytes.Length];
        _starts = new int[maxLines];
        _byteLengths = new int[maxLines];
        _lineNumbers = new long[maxLines];
    }

    /// <summary>How many lines the batch holds, binary ones included.</summary>
    public int Count { get; private set; }

    /// <summary>The decoded lines, each at its bytes' offset (<see cref="Start"/>); a decoded line is never longer.</summary>
    public char[] Text { get; }

    /// <summary>Where line <paramref name="index"/> starts in <see cref="Text"/>.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>The 1-based number of line <paramref name="index"/> in its file.</summary>
    public long LineNumber(int index) => _lineNumbers[index];

    /// <summary>Copies the next raw lines of <paramref name="reader"/>; <see langword="false"/> at its end.</summary>
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
        _usedBytes = used;
        _plainAscii = false;
        return count > 0;
    }

    /// <summary>
    /// Decodes the whole batch at once when it is plain ASCII (<see cref="LogLineReader.TryDecodePlainAscii"/>), as most
    /// logs are; call after <see cref="Fill"/> and before <see cref="Decode"/>, on one thread.
    /// </summary>
    public void DecodeIfPlainAscii() => _plainAscii = LogLineReader.TryDecodePlainAscii(_bytes.AsSpan(0, _usedBytes), Text);

    /// <summary>
    /// Decodes line <paramref name="index"/> into <see cref="Text"/> as <see cref="LogLineReader.Decode"/> does, at no
    /// cost when the batch was plain ASCII; lines may be decoded on several threads at once.
    /// </summary>
    public LineDecoding Decode(int index, out int written)
    {
        var start = _starts[index];
        var length = _byteLengths[index];
        written = length;
        return _plainAscii
            ? LineDecoding.Text
            : LogLineReader.Decode(_bytes.AsSpan(start, length), Text.AsSpan(start, length), out written);
    }
}
