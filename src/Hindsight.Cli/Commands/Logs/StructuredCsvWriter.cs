using System.Globalization;
using Hindsight.Logs.Formats;
using Hindsight.Logs.Reading;
using Hindsight.Logs.Templates;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>
/// Writes Loghub-compatible structured output: <c>LineId,Timestamp,Level,EventId,EventTemplate</c>, LineId 1-based in
/// the order read, Timestamp ISO 8601 with offset (empty when the line has none), RFC 4180 quoting.
/// </summary>
/// <remarks>
/// Rows are formatted into one reused character buffer that goes to the writer in large blocks; the EventId and
/// EventTemplate fields of each template are formatted once. Nothing is allocated per row.
/// </remarks>
internal sealed class StructuredCsvWriter
{
    public const string Header = "LineId,Timestamp,Level,EventId,EventTemplate";
    private const int BufferChars = 1 << 16;
    private readonly TextWriter _writer;
    private readonly TemplateMiner _miner;
    private readonly List<string?> _templateFields = [];
    private readonly char[] _lastTimestamp = new char[IsoTimestamp.MaxLength];
    private char[] _buffer = new char[BufferChars];
    private DateTimeOffset _lastInstant = DateTimeOffset.MinValue;
    private int _lastTimestampLength;
    private int _used;
    private long _lineId;

    public StructuredCsvWriter(TextWriter writer, TemplateMiner miner)
    {
        _writer = writer;
        _miner = miner;
        _writer.Write(Header);
        _writer.Write('\n');
    }

    public void Write(ScannedBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            ref readonly var line = ref batch.Lines[i];
            var severity = line.Severity.ToName();
            var template = line.TemplateId >= 0 ? TemplateField(line.TemplateId) : ",";
            var row = Reserve(20 + 1 + IsoTimestamp.MaxLength + 1 + severity.Length + 1 + template.Length + 1);
            _lineId++;
            _lineId.TryFormat(row, out var written, default, CultureInfo.InvariantCulture);
            row[written++] = ',';
            if (line.Timestamp is { } timestamp)
            {
                written += WriteTimestamp(timestamp, row[written..]);
            }

            row[written++] = ',';
            severity.CopyTo(row[written..]);
            written += severity.Length;
            row[written++] = ',';
            template.CopyTo(row[written..]);
            written += template.Length;
            row[written++] = '\n';
            _used += written;
        }

        Flush();
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Neighbouring lines mostly carry the same instant (logs write many lines a second): format it once.
    private int WriteTimestamp(DateTimeOffset timestamp, Span<char> destination)
    {
        if (timestamp.Ticks != _lastInstant.Ticks || timestamp.Offset != _lastInstant.Offset)
        {
            _lastTimestampLength = IsoTimestamp.Write(timestamp, _lastTimestamp);
            _lastInstant = timestamp;
        }

        _lastTimestamp.AsSpan(0, _lastTimestampLength).CopyTo(destination);
        return _lastTimestampLength;
    }

    private Span<char> Reserve(int length)
    {
        if (_buffer.Length - _used < length)
        {
            Flush();
            if (_buffer.Length < length)
            {
                _buffer = new char[length];
            }
        }

        return _buffer.AsSpan(_used);
    }

    private void Flush()
    {
        _writer.Write(_buffer, 0, _used);
        _used = 0;
    }

    // "E<id>,<template>" as written for every row of the template.
    private string TemplateField(int id)
    {
        while (_templateFields.Count <= id)
        {
            _templateFields.Add(null);
        }

        return _templateFields[id] ??= string.Create(CultureInfo.InvariantCulture, $"E{id + 1},{Quote(_miner.GetTemplate(id))}");
    }
}
