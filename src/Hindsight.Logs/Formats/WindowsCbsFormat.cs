namespace Hindsight.Logs.Formats;

/// <summary>Windows component-servicing logs (CBS.log): <c>2022-02-26 12:01:07, Info                  CBS    message</c>.</summary>
internal sealed class WindowsCbsFormat : LogFormat
{
    public override string Name => "Windows CBS";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        if (line.Length < 22 || line[19] != ',' || !TimestampScanner.TryParse(line, 0, context, out var timestamp, out var end) || end != 19)
        {
            return false;
        }

        var levelStart = Chars.SkipSpaces(line, end + 1);
        if (levelStart >= line.Length)
        {
            return false;
        }

        var levelEnd = Chars.TokenEnd(line, levelStart);
        var level = line[levelStart..levelEnd];
        var severity = LogSeverityNames.Parse(level);
        if (severity == LogSeverity.None && !level.Equals("Perf", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var componentStart = Chars.SkipSpaces(line, levelEnd);
        var componentEnd = componentStart < line.Length ? Chars.TokenEnd(line, componentStart) : componentStart;
        result.Timestamp = timestamp;
        result.Severity = severity;
        result.SetContentFrom(line, componentEnd);
        return true;
    }
}
