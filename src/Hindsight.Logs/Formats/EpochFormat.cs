namespace Hindsight.Logs.Formats;

/// <summary>
/// Lines that start with a Unix time: seconds (10 digits), milliseconds (13) or microseconds (16), optionally with a
/// fraction (<c>1645866067.123 ERROR db: connection refused</c>), then the usual header fields.
/// </summary>
internal sealed class EpochFormat : LogFormat
{
    // 2001-09-09 .. 2286: ten-digit seconds; anything shorter is a number, not a time.
    public override string Name => "epoch seconds/milliseconds";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var start = line.Length > 0 && line[0] == '[' ? 1 : 0;
        var digits = Chars.CountDigits(line, start);
        if (digits is not (10 or 13 or 16) || !long.TryParse(line.Slice(start, digits), out var whole))
        {
            return false;
        }

        var ticks = digits switch
        {
            10 => whole * TimeSpan.TicksPerSecond,
            13 => whole * TimeSpan.TicksPerMillisecond,
            _ => whole * TimeSpan.TicksPerMicrosecond,
        };
        var position = start + digits;
        if (position + 1 < line.Length && line[position] == '.' && Chars.IsDigit(line[position + 1]))
        {
            var fractionDigits = Chars.CountDigits(line, position + 1);
            var unit = digits switch { 10 => TimeSpan.TicksPerSecond, 13 => TimeSpan.TicksPerMillisecond, _ => TimeSpan.TicksPerMicrosecond };
            for (var i = 0; i < fractionDigits && unit >= 10; i++)
            {
                unit /= 10;
                ticks += (line[position + 1 + i] - '0') * unit;
            }

            position += 1 + fractionDigits;
        }

        if (start == 1)
        {
            if (position >= line.Length || line[position] != ']')
            {
                return false;
            }

            position++;
        }

        if (position < line.Length && line[position] is not (' ' or '\t' or ',' or '|'))
        {
            return false;
        }

        result.Timestamp = new DateTimeOffset(DateTime.UnixEpoch.Ticks + ticks, TimeSpan.Zero);
        result.Severity = LogSeverity.None;
        HeaderScanner.Scan(line, Math.Min(line.Length, position + 1), ref result);
        return true;
    }
}
