namespace Hindsight.Logs.Formats;

/// <summary>
/// Supercomputer RAS event logs (Blue Gene/L style): <c>LABEL EPOCH yyyy.MM.dd NODE yyyy-MM-dd-HH.mm.ss.ffffff NODE
/// TYPE COMPONENT LEVEL message</c>. The wall-clock field gives the time; its offset from the epoch field gives the zone.
/// </summary>
internal sealed class RasFormat : LogFormat
{
    public override string Name => "RAS event log (BGL style: epoch, node, wall clock)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var labelEnd = line.IndexOf(' ');
        if (labelEnd <= 0)
        {
            return false;
        }

        var epochStart = labelEnd + 1;
        var epochDigits = Chars.CountDigits(line, epochStart);
        if (epochDigits != 10 || !long.TryParse(line.Slice(epochStart, 10), out var epoch))
        {
            return false;
        }

        // yyyy.MM.dd NODE
        var position = epochStart + 11;
        if (position + 10 >= line.Length || line[position + 4] != '.' || line[position + 7] != '.')
        {
            return false;
        }

        position = Chars.SkipSpaces(line, position + 10);
        position = Chars.SkipSpaces(line, Chars.TokenEnd(line, position));
        if (!TimestampScanner.TryParse(line, position, context, out var wallClock, out var end))
        {
            return false;
        }

        var instant = DateTimeOffset.FromUnixTimeSeconds(epoch);
        var difference = wallClock.DateTime - instant.UtcDateTime;
        var quarterHours = Math.Round(difference.TotalMinutes / 15);
        var timestamp = Math.Abs(quarterHours) <= 14 * 4 && Math.Abs(difference.TotalMinutes - (quarterHours * 15)) < 2
            ? new DateTimeOffset(wallClock.DateTime, TimeSpan.FromMinutes(quarterHours * 15))
            : instant;

        // NODE TYPE COMPONENT LEVEL
        position = end;
        for (var field = 0; field < 3; field++)
        {
            position = Chars.SkipSpaces(line, position);
            if (position >= line.Length)
            {
                return false;
            }

            position = Chars.TokenEnd(line, position);
        }

        position = Chars.SkipSpaces(line, position);
        var levelEnd = position < line.Length ? Chars.TokenEnd(line, position) : position;
        result.Timestamp = timestamp;
        result.Severity = LogSeverityNames.Parse(line[position..levelEnd]);
        result.SetContentFrom(line, levelEnd);
        return true;
    }
}
