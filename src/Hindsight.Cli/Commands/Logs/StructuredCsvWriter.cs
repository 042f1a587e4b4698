using Hindsight.Logs.Formats;
using Hindsight.Logs.Reading;
using Hindsight.Logs.Templates;

namespace Hindsight.Cli.Commands.Logs;

/// <summary>
/// Writes Loghub-compatible structured output: <c>LineId,Timestamp,Level,EventId,EventTemplate</c>, LineId 1-based in
/// the order read, Timestamp ISO 8601 with offset (empty when the line has none), RFC 4180 quoting.
/// </summary>
internal sealed class StructuredCsvWriter
{
    public const string Header = "LineId,Timestamp,Level,EventId,EventTemplate";
    private readonly TextWriter _writer;
    private readonly TemplateMiner _miner;
    private readonly List<string?> _templateFields = [];
    private readonly char[] _scratch = new char[64];
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
            _lineId++;
            _lineId.TryFormat(_scratch, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            _writer.Write(_scratch, 0, written);
            _writer.Write(',');
            if (line.Timestamp is { } timestamp
                && timestamp.TryFormat(_scratch, out written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture))
            {
                _writer.Write(_scratch, 0, written);
            }

            _writer.Write(',');
            _writer.Write(line.Severity.ToName());
            _writer.Write(',');
            if (line.TemplateId >= 0)
            {
                _writer.Write('E');
                (line.TemplateId + 1).TryFormat(_scratch, out written, default, System.Globalization.CultureInfo.InvariantCulture);
                _writer.Write(_scratch, 0, written);
                _writer.Write(',');
                _writer.Write(TemplateField(line.TemplateId));
            }
            else
            {
                _writer.Write(',');
            }

            _writer.Write('\n');
        }
    }

    private string TemplateField(int id)
    {
        while (_templateFields.Count <= id)
        {
            _templateFields.Add(null);
        }

        return _templateFields[id] ??= Quote(_miner.GetTemplate(id));
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
