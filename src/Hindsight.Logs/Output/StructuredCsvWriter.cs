using System.Globalization;
using System.Text;
using Hindsight.Logs.Formats;
using Hindsight.Logs.Reading;
using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Output;

/// <summary>
/// Writes Loghub-compatible structured output: <c>LineId,Timestamp,Level,EventId,EventTemplate</c>, LineId 1-based in
/// the order read, Timestamp ISO 8601 with offset (empty when the line has none), RFC 4180 quoting, UTF-8.
/// </summary>
/// <remarks>
/// Rows are formatted as UTF-8 into one reused byte buffer that goes to the stream in large blocks (the output of a
/// big log is as big as the log, so it is not formatted as text and encoded again); the Level, EventId and
/// EventTemplate fields are encoded once each. Nothing is allocated per row.
/// </remarks>
internal sealed class StructuredCsvWriter
{
    /// <summary>The header row, exactly as Loghub's structured files have it.</summary>
    public const string Header = "LineId,Timestamp,Level,EventId,EventTemplate";
    private const int BufferBytes = 1 << 18;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly byte[][] SeverityFields = Enum.GetValues<LogSeverity>().Select(severity => Utf8.GetBytes(severity.ToName())).ToArray();
    private static readonly byte[] NoTemplate = [(byte)','];
    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly TemplateMiner _miner;
    private readonly List<byte[]?> _templateFields = [];
    private readonly byte[] _lastTimestamp = new byte[IsoTimestamp.MaxLength];
    private byte[] _buffer = new byte[BufferBytes];
    private DateTimeOffset _lastInstant = DateTimeOffset.MinValue;
    private int _lastTimestampLength;
    private int _used;
    private long _lineId;

    /// <summary>Writes to <paramref name="stream"/>, which the caller disposes.</summary>
    public StructuredCsvWriter(Stream stream, TemplateMiner miner)
        : this(miner) => _stream = stream;

    /// <summary>Writes to <paramref name="text"/> (standard output as the command line sees it).</summary>
    public StructuredCsvWriter(TextWriter text, TemplateMiner miner)
        : this(miner) => _text = text;

    private StructuredCsvWriter(TemplateMiner miner)
    {
        _miner = miner;
        _used = Utf8.GetBytes(Header + "\n", _buffer);
    }

    /// <summary>Writes one row per line of <paramref name="batch"/>, numbering lines on from the batches before.</summary>
    public void Write(ScannedBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            ref readonly var line = ref batch.Lines[i];
            var severity = SeverityFields[(int)line.Severity];
            var template = line.TemplateId >= 0 ? TemplateField(line.TemplateId) : NoTemplate;
            var row = Reserve(20 + 1 + IsoTimestamp.MaxLength + 1 + severity.Length + 1 + template.Length + 1);
            _lineId++;
            _lineId.TryFormat(row, out var written, default, CultureInfo.InvariantCulture);
            row[written++] = (byte)',';
            if (line.Timestamp is { } timestamp)
            {
                written += WriteTimestamp(timestamp, row[written..]);
            }

            row[written++] = (byte)',';
            severity.CopyTo(row[written..]);
            written += severity.Length;
            row[written++] = (byte)',';
            template.CopyTo(row[written..]);
            written += template.Length;
            row[written++] = (byte)'\n';
            _used += written;
        }

        Flush();
    }

    /// <summary>Writes what is buffered and flushes the target; call once, after the last batch.</summary>
    public void Complete()
    {
        Flush();
        _stream?.Flush();
        _text?.Flush();
    }

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Neighbouring lines mostly carry the same instant (logs write many lines a second): format it once.
    private int WriteTimestamp(DateTimeOffset timestamp, Span<byte> destination)
    {
        if (timestamp.Ticks != _lastInstant.Ticks || timestamp.Offset != _lastInstant.Offset)
        {
            Span<char> text = stackalloc char[IsoTimestamp.MaxLength];
            _lastTimestampLength = IsoTimestamp.Write(timestamp, text);
            Encoding.ASCII.GetBytes(text[.._lastTimestampLength], _lastTimestamp);
            _lastInstant = timestamp;
        }

        _lastTimestamp.AsSpan(0, _lastTimestampLength).CopyTo(destination);
        return _lastTimestampLength;
    }

    private Span<byte> Reserve(int length)
    {
        if (_buffer.Length - _used < length)
        {
            Flush();
            if (_buffer.Length < length)
            {
                _buffer = new byte[length];
            }
        }

        return _buffer.AsSpan(_used);
    }

    private void Flush()
    {
        if (_stream is { } stream)
        {
            stream.Write(_buffer, 0, _used);
        }
        else if (_text is { } text)
        {
            text.Write(Utf8.GetString(_buffer, 0, _used));
        }

        _used = 0;
    }

    // "E<id>,<template>" as written for every row of the template.
    private byte[] TemplateField(int id)
    {
        while (_templateFields.Count <= id)
        {
            _templateFields.Add(null);
        }

        return _templateFields[id] ??= Utf8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"E{id + 1},{Quote(_miner.GetTemplate(id))}"));
    }
}
