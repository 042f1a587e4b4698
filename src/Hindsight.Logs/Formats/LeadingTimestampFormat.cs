namespace Hindsight.Logs.Formats;

/// <summary>
/// Lines that start with a timestamp followed by a few header fields: log4j, logback and Python logging layouts,
/// Hadoop, HDFS, Spark, Zookeeper and OpenStack, and any other "timestamp first" log. One leading token
/// (an OpenStack file name, a host) may come before the timestamp.
/// </summary>
internal sealed class LeadingTimestampFormat : LogFormat
{
    private const int MaxPipeFields = 3;

    public override string Name => "leading timestamp (log4j/logback/Python logging, Hadoop/HDFS/Spark/Zookeeper/OpenStack style)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var start = line.Length > 0 && line[0] == '[' ? 1 : 0;
        if (!TimestampScanner.TryParse(line, start, context, out var timestamp, out var end))
        {
            // One leading token, such as a file name, before the timestamp.
            var space = line.IndexOf(' ');
            if (space <= 0 || space > 64 || !TimestampScanner.TryParse(line, space + 1, context, out timestamp, out end))
            {
                return false;
            }
        }

        if (start == 1 && end < line.Length && line[end] == ']')
        {
            end++;
        }

        if (end < line.Length && line[end] is not (' ' or '\t' or ',' or ']' or '|' or ':'))
        {
            return false;
        }

        var pipeDelimited = end < line.Length && line[end] == '|';
        if (end < line.Length && line[end] is ',' or ':' or '|')
        {
            end++;
        }

        if (pipeDelimited)
        {
            end = SkipPipeFields(line, end);
        }

        result.Timestamp = timestamp;
        result.Severity = LogSeverity.None;
        HeaderScanner.Scan(line, end, ref result);
        return true;
    }

    /// <summary>
    /// In "timestamp|component|pid|message" layouts the header fields are the one-word fields that a '|' ends; the
    /// message is what follows the last of them (at most <see cref="MaxPipeFields"/>).
    /// </summary>
    private static int SkipPipeFields(ReadOnlySpan<char> line, int position)
    {
        for (var field = 0; field < MaxPipeFields; field++)
        {
            var pipe = line[position..].IndexOf('|');
            if (pipe <= 0 || line.Slice(position, pipe).ContainsAny(' ', '\t'))
            {
                break;
            }

            position += pipe + 1;
        }

        return position;
    }
}
