using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Hindsight.Logs.Reading;

/// <summary>
/// Reads lines from a byte stream with bounded memory: LF or CRLF endings, a UTF-8 BOM dropped, invalid UTF-8 replaced
/// by U+FFFD (counted), lines longer than <see cref="MaxLineBytes"/> cut there (counted; the rest of the line is
/// dropped), binary lines skipped (counted), and a truncated or corrupt compressed stream read as far as it goes.
/// The returned span is valid until the next call.
/// </summary>
public sealed class LogLineReader : IDisposable
{
    /// <summary>The longest line kept, in bytes (64 KiB); longer lines are cut at this length.</summary>
    public const int MaxLineBytes = 64 * 1024;

    private const int BufferBytes = 4 * MaxLineBytes;

    // C0 control bytes that do not occur in text: all but tab (9), vertical tab (11), form feed (12) and escape (27).
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31]);
    private readonly Stream _stream;
    private readonly FileStream? _file;
    private readonly byte[] _buffer = new byte[BufferBytes];
    private readonly char[] _chars = new char[MaxLineBytes + 1];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _skippingRestOfLongLine;
    private bool _atStart = true;
    private long _decodedBytes;

    /// <summary>Reads from <paramref name="stream"/>, which the reader disposes.</summary>
    public LogLineReader(Stream stream)
        : this(stream, stream as FileStream)
    {
    }

    private LogLineReader(Stream stream, FileStream? file)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _file = file;
    }

    /// <summary>The buffer the returned lines live in (always from index 0), so callers can keep a reference without copying.</summary>
    internal char[] LineBuffer => _chars;

    /// <summary>How far into the underlying file reading has got (compressed bytes for .gz), for progress reports.</summary>
    public long SourcePosition => _file?.Position ?? Statistics.Bytes;

    /// <summary>The 1-based number of the line last returned, counting skipped lines.</summary>
    public long LineNumber { get; private set; }

    /// <summary>What reading has met so far.</summary>
    public ReadStatistics Statistics { get; } = new();

    /// <summary>Reads the next line that is not binary; <see langword="false"/> at the end.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (TryReadRawLine(out var bytes))
        {
            var decoding = Decode(bytes, _chars, out var written);
            if (decoding == LineDecoding.Binary)
            {
                Statistics.BinaryLinesSkipped++;
                continue;
            }

            if (decoding == LineDecoding.InvalidUtf8)
            {
                Statistics.InvalidUtf8Lines++;
            }

            line = _chars.AsSpan(0, written);
            return true;
        }

        line = default;
        return false;
    }

    /// <summary>
    /// Reads the next line's bytes without decoding them, counting it (and its cut, if any) in
    /// <see cref="Statistics"/>; the caller decodes it with <see cref="Decode"/> and counts what that finds. The span is
    /// valid until the next call.
    /// </summary>
    internal bool TryReadRawLine(out ReadOnlySpan<byte> bytes)
    {
        if (!TryReadRawLine(out bytes, out var cut))
        {
            return false;
        }

        LineNumber++;
        Statistics.Lines++;
        if (cut)
        {
            Statistics.TruncatedLines++;
        }

        return true;
    }

    /// <summary>
    /// Decodes lines laid end to end in <paramref name="bytes"/> in one pass when all of them are plain ASCII without
    /// the control bytes that mark binary lines, as most logs are: <see cref="Decode"/> would then find every line
    /// <see cref="LineDecoding.Text"/>, each character at its byte's offset. <see langword="false"/> otherwise, and the
    /// lines must go through <see cref="Decode"/> one by one.
    /// </summary>
    internal static bool TryDecodePlainAscii(ReadOnlySpan<byte> bytes, Span<char> chars) =>
        bytes.IndexOfAny(ControlBytes) < 0 && Ascii.ToUtf16(bytes, chars, out _) == OperationStatus.Done;

    /// <summary>
    /// Decodes one line's UTF-8 into <paramref name="chars"/> (which must hold at least as many characters as the line
    /// has bytes), replacing invalid sequences by U+FFFD; a line that looks binary is not worth keeping. Pure, so lines
    /// can be decoded on several threads.
    /// </summary>
    internal static LineDecoding Decode(ReadOnlySpan<byte> bytes, Span<char> chars, out int written)
    {
        if (LooksBinary(bytes))
        {
            written = 0;
            return LineDecoding.Binary;
        }

        if (Utf8.ToUtf16(bytes, chars, out _, out written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return LineDecoding.Text;
        }

        written = Encoding.UTF8.GetChars(bytes, chars);
        var replaced = chars[..written].Count('\uFFFD');
        return replaced * 4 > written ? LineDecoding.Binary : LineDecoding.InvalidUtf8;
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private bool TryReadRawLine(out ReadOnlySpan<byte> bytes, out bool cut)
    {
        cut = false;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (_skippingRestOfLongLine)
            {
                if (newline < 0)
                {
                    _start = _end;
                    if (!Fill())
                    {
                        _skippingRestOfLongLine = false;
                        bytes = default;
                        return false;
                    }

                    continue;
                }

                _start += newline + 1;
                _skippingRestOfLongLine = false;
                continue;
            }

            if (newline >= 0 && newline <= MaxLineBytes)
            {
                bytes = TrimCarriageReturn(pending[..newline]);
                _start += newline + 1;
                return true;
            }

            if (pending.Length > MaxLineBytes)
            {
                var length = MaxLineBytes;

                // Do not split a UTF-8 sequence: back up over continuation bytes.
                while (length > MaxLineBytes - 4 && (pending[length] & 0xC0) == 0x80)
                {
                    length--;
                }

                bytes = pending[..length];
                _start += MaxLineBytes;
                _skippingRestOfLongLine = true;
                cut = true;
                return true;
            }

            if (_endOfStream || !Fill())
            {
                if (_end > _start)
                {
                    bytes = TrimCarriageReturn(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    return true;
                }

                bytes = default;
                return false;
            }
        }
    }

    /// <summary>Moves pending bytes to the front and reads more; <see langword="false"/> when the stream has ended.</summary>
    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        int read;
        try
        {
            read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException)
        {
            // A truncated or corrupt .gz: keep what was decoded and say why reading stopped.
            Statistics.StoppedEarly = string.Create(CultureInfo.InvariantCulture, $"compressed data is truncated or corrupt after {Statistics.Bytes + (_end - _start):N0} bytes ({exception.Message.TrimEnd('.')})");
            read = 0;
        }

        if (read == 0)
        {
            _endOfStream = true;
            CheckGzipTrailer();
            return false;
        }

        _decodedBytes += read;

        if (_atStart)
        {
            _atStart = false;
            if (read >= 3 && _buffer[_end] == 0xEF && _buffer[_end + 1] == 0xBB && _buffer[_end + 2] == 0xBF)
            {
                _buffer.AsSpan(_end + 3, read - 3).CopyTo(_buffer.AsSpan(_end));
                read -= 3;
            }
        }

        _end += read;
        Statistics.Bytes += read;
        return true;
    }

    /// <summary>
    /// GZipStream ends quietly on a truncated file; the gzip trailer's size field (the last four bytes, the
    /// uncompressed size modulo 2^32) tells whether everything was decoded.
    /// </summary>
    private void CheckGzipTrailer()
    {
        if (_stream is not GZipStream || _file is null || Statistics.StoppedEarly is not null || _file.Length < 18)
        {
            return;
        }

        Span<byte> trailer = stackalloc byte[4];
        if (RandomAccess.Read(_file.SafeFileHandle, trailer, _file.Length - 4) == 4
            && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer) != (uint)_decodedBytes)
        {
            Statistics.StoppedEarly = string.Create(CultureInfo.InvariantCulture, $"compressed data is truncated or corrupt: {_decodedBytes:N0} bytes decoded, the gzip trailer does not match");
        }
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    /// <summary>A NUL byte, or more than one control byte in ten, marks a line as binary.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> line)
    {
        // One vectorised scan for the common case: no control byte other than tab, form feed or escape.
        var first = line.IndexOfAny(ControlBytes);
        if (first < 0)
        {
            return false;
        }

        if (line[first..].Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in line[first..])
        {
            if (ControlBytes.Contains(b))
            {
                controls++;
            }
        }

        return controls * 10 > line.Length;
    }

    /// <summary>Whether <paramref name="path"/> names a gzip file, by its extension.</summary>
    internal static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a plain or gzip-compressed file for reading lines.</summary>
    public static LogLineReader Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        Stream stream = IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new LogLineReader(stream, file);
    }
}
