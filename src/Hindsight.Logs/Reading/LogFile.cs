using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Reading;

/// <summary>One file being read: its detected format, the assumptions made for its timestamps, and its counts.</summary>
public sealed class LogFile
{
    internal LogFile(LogSource source, FormatDetection detection, LineParser parser, ReadStatistics statistics)
    {
        Source = source;
        Detection = detection;
        Parser = parser;
        Statistics = statistics;
    }

    /// <summary>
    /// Detects the format of <paramref name="source"/> from its first lines and opens it for reading, with one parser
    /// per thread that will parse its lines, all over one timestamp context.
    /// </summary>
    internal static LogFile Open(LogSource source, LogReadOptions options, int threads, out LogLineReader reader, out LineParser[] parsers)
    {
        var detection = Detect(source, options);
        var context = new TimestampContext(options.Zone, options.Year, source.LastWriteTime);
        parsers = new LineParser[threads];
        for (var i = 0; i < threads; i++)
        {
            parsers[i] = new LineParser(detection.Format, context);
        }

        reader = source.OpenReader();
        return new LogFile(source, detection, parsers[0], reader.Statistics);
    }

    /// <summary>The file.</summary>
    public LogSource Source { get; }

    /// <summary>The format chosen from its first lines.</summary>
    public FormatDetection Detection { get; }

    /// <summary>The parser, whose context says whether a zone or year was assumed.</summary>
    public LineParser Parser { get; }

    /// <summary>What reading met: invalid UTF-8, long lines, binary lines, early end.</summary>
    public ReadStatistics Statistics { get; }

    /// <summary>Lines whose timestamp is more than a second earlier than the previous timestamp in the file.</summary>
    public long BackwardsTimestamps { get; internal set; }

    /// <summary>Lines that carried a timestamp.</summary>
    public long TimestampedLines { get; internal set; }

    /// <summary>The earliest and latest timestamps read.</summary>
    public DateTimeOffset? First { get; internal set; }

    /// <inheritdoc cref="First"/>
    public DateTimeOffset? Last { get; internal set; }

    /// <summary>The notes a report should print about this file: format, assumptions, damage.</summary>
    public IEnumerable<string> Notes()
    {
        var name = Source.DisplayName;
        yield return $"{name}: format {Detection.Description}";
        var context = Parser.Context;
        if (context.UsedYear)
        {
            yield return context.YearIsExplicit
                ? $"{name}: timestamps have no year; used the year given with --year"
                : $"{name}: timestamps have no year; assumed from the file's modification time ({Source.LastWriteTime:yyyy-MM-dd}); use --year to set it";
        }

        if (context.UsedZone)
        {
            yield return $"{name}: timestamps have no time zone; read as {context.Zone.Id}";
        }

        var statistics = Statistics;
        if (statistics.InvalidUtf8Lines > 0)
        {
            yield return Count(name, statistics.InvalidUtf8Lines, "with invalid UTF-8 (bad bytes replaced by U+FFFD)");
        }

        if (statistics.TruncatedLines > 0)
        {
            yield return Count(name, statistics.TruncatedLines, $"longer than {LogLineReader.MaxLineBytes / 1024} KiB, cut at that length");
        }

        if (statistics.BinaryLinesSkipped > 0)
        {
            yield return Count(name, statistics.BinaryLinesSkipped, "of binary data skipped");
        }

        if (BackwardsTimestamps > 0)
        {
            yield return Count(name, BackwardsTimestamps, "with a timestamp earlier than the line before");
        }

        if (statistics.Lines > 0 && TimestampedLines == 0)
        {
            yield return $"{name}: no line has a timestamp; its lines are counted but cannot be placed in time";
        }

        if (statistics.Lines == 0 && statistics.StoppedEarly is null)
        {
            yield return $"{name}: empty";
        }

        if (statistics.StoppedEarly is { } reason)
        {
            yield return $"{name}: reading stopped early: {reason}";
        }
    }

    private static string Count(string name, long count, string what) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {count:N0} line{(count == 1 ? "" : "s")} {what}");

    private static FormatDetection Detect(LogSource source, LogReadOptions options)
    {
        var sample = new List<string>(FormatDetector.SampleSize);
        using (var reader = source.OpenReader())
        {
            while (sample.Count < FormatDetector.SampleSize && reader.TryReadLine(out var line))
            {
                sample.Add(line.ToString());
            }
        }

        // A scratch context: detection must not mark the real one as having assumed a zone or year.
        var scratch = new TimestampContext(options.Zone, options.Year, source.LastWriteTime);
        return FormatDetector.Detect(sample, scratch);
    }
}
