namespace Hindsight.Logs.Reading;

/// <summary>A reusable batch of lines read from a <see cref="LogReader"/>: their messages in one text buffer.</summary>
internal sealed class LineBatchBuffer
{
    public const int MaxLines = 32 * 1024;
    private readonly char[] _text = new char[1 << 22];
    private readonly ScannedLine[] _lines = new ScannedLine[MaxLines];
    private int _count;
    private int _used;

    /// <summary>Bytes of the sources read when the batch was filled, for progress.</summary>
    public long SourceBytesRead { get; private set; }

    public ScannedBatch AsBatch() => new(_text.AsMemory(0, _used), _lines, _count);

    /// <summary>Fills the batch from <paramref name="reader"/>; <see langword="false"/> when nothing was left.</summary>
    public bool Fill(LogReader reader, Dictionary<LogFile, int> fileIndex, ref bool pending)
    {
        _count = 0;
        _used = 0;
        while (_count < MaxLines)
        {
            if (!pending)
            {
                if (!reader.Read())
                {
                    break;
                }

                pending = true;
            }

            var content = reader.Content;
            if (_used + content.Length > _text.Length)
            {
                break;
            }

            content.CopyTo(_text.AsSpan(_used));
            var parsed = reader.Parsed;
            _lines[_count++] = new ScannedLine
            {
                FileIndex = fileIndex.Count == 1 ? 0 : fileIndex[reader.CurrentFile],
                LineNumber = reader.LineNumber,
                Timestamp = parsed.Timestamp,
                EffectiveTimestamp = reader.EffectiveTimestamp,
                Severity = parsed.Severity,
                HttpStatus = parsed.HttpStatus,
                Content = new Range(_used, _used + content.Length),
                TemplateId = -1,
            };
            _used += content.Length;
            pending = false;
        }

        SourceBytesRead = reader.SourceBytesRead;
        return _count > 0;
    }
}
