namespace Hindsight.Logs.Formats;

/// <summary>
/// Supercomputer RAS event logs (Blue Gene/L style): <c>LABEL EPOCH yyyy.MM.dd NODE yyyy-MM-dd-HH.mm.ss.ffffff NODE
/// TYPE COMPONENT LEVEL message</c>, and the same start followed by a syslog tail (Thunderbird style: <c>... NODE
/// Mmm d HH:mm:ss LOCATION tag[pid]: message</c>). The wall-clock field gives the time; its offset from the epoch
/// field gives the zone; a wall clock without a year takes the year of the date field.
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
        if (position + 10 >= line.Length || line[position + 4] != '.' || line[position + 7] != '.'
            || !Chars.TryDigits(line, position, 4, out var dateYear))
        {
            return false;
        }

        position = Chars.SkipSpaces(line, position + 10);
        position = Chars.SkipSpaces(line, Chars.TokenEnd(line, position));
        if (!TimestampScanner.TryParse(line, position, context, dateYear, out var wallClock, out var end))
        {
            return false;
        }

        var instant = DateTimeOffset.FromUnixTimeSeconds(epoch);
        var difference = wallClock.DateTime - instant.UtcDateTime;
        var quarterHours = Math.Round(difference.TotalMinutes / 15);
        var timestamp = Math.Abs(quarterHours) <= 14 * 4 && Math.Abs(difference.TotalMinutes - (quarterHours * 15)) < 2
            ? new DateTimeOffset(wallClock.DateTime, TimeSpan.FromMinutes(quarterHours * 15))
            : instant;

        if (TrySyslogTail(line, end, out var messageStart))
        {
            result.Timestamp = timestamp;
            result.Severity = LogSeverity.None;
            result.SetContentFrom(line, messageStart);
            return true;
        }

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

    /// <summary>LOCATION followed by a syslog tag (<c>crond(pam_unix)[2915]:</c>, <c>kernel:</c>): the message starts after the tag.</summary>
    private static bool TrySyslogTail(ReadOnlySpan<char> line, int position, out int messageStart)
    {
        messageStart = position;
        var location = Chars.SkipSpaces(line, position);
        if (location >= line.Length)
        {
            return false;
        }

        var tag = Chars.SkipSpaces(line, Chars.TokenEnd(line, location));
        if (tag >= line.Length)
        {
            return false;
        }

        var tagEnd = Chars.TokenEnd(line, tag);
        if (tagEnd - tag < 2 || line[tagEnd - 1] != ':' || !char.IsLetter(line[tag]))
        {
            return false;
        }

        messageStart = tagEnd;
        return true;
    }
}
