namespace Hindsight.Logs.Formats;

/// <summary>
/// The last year-less syslog timestamp (<c>Mmm dd HH:mm:ss[.fff]</c>) read on a thread. Logs write many lines a
/// second, so the next line usually starts with the same characters, and the same characters read in the same
/// context are the same instant: reading them decides only on the characters it consumes and the one after them (a
/// fraction follows or not), so a line that repeats those, and ends where the remembered one ended if that one ended
/// there, gets exactly what parsing it would give.
/// </summary>
internal sealed class SyslogStampMemo
{
    // "Mmm dd HH:mm:ss" and a fraction of up to 9 digits, plus the character after.
    private const int MaxRemembered = 32;
    private readonly char[] _text = new char[MaxRemembered];
    private TimestampContext? _context;
    private int _length;
    private int _consumed;
    private bool _endedLine;
    private DateTimeOffset _value;

    public bool TryRecall(ReadOnlySpan<char> text, int position, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = position;
        if (!ReferenceEquals(context, _context) || text.Length - position < _length
            || (_endedLine && text.Length - position != _consumed)
            || !text.Slice(position, _length).SequenceEqual(_text.AsSpan(0, _length)))
        {
            return false;
        }

        value = _value;
        end = position + _consumed;
        return true;
    }

    public void Remember(ReadOnlySpan<char> text, int position, int end, TimestampContext context, DateTimeOffset value)
    {
        var consumed = end - position;
        var endedLine = end == text.Length;
        var length = endedLine ? consumed : consumed + 1;
        if (length > MaxRemembered)
        {
            _context = null;
            return;
        }

        text.Slice(position, length).CopyTo(_text);
        _length = length;
        _consumed = consumed;
        _endedLine = endedLine;
        _value = value;
        _context = context;
    }
}
