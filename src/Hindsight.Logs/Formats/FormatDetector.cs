namespace Hindsight.Logs.Formats;

/// <summary>Chooses the format of a file from a sample of its first lines.</summary>
public static class FormatDetector
{
    /// <summary>How many lines of a file the detector looks at.</summary>
    public const int SampleSize = 200;

    // A more specific format wins over the best-fitting one if it reads at least this share of what the best reads.
    private const double SpecificFormatShare = 0.8;

    /// <summary>Detects the format of <paramref name="sample"/> (empty lines ignored).</summary>
    public static FormatDetection Detect(IEnumerable<string> sample, TimestampContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var formats = LogFormats.All;
        var counts = new int[formats.Count];
        var lines = 0;
        foreach (var line in sample)
        {
            if (line.Length == 0)
            {
                continue;
            }

            lines++;
            for (var i = 0; i < formats.Count; i++)
            {
                var parsed = default(ParsedLine);
                if (formats[i].TryParse(line, context, ref parsed) && parsed.Timestamp is not null)
                {
                    counts[i]++;
                }
            }
        }

        var best = counts.Max();
        if (best == 0)
        {
            return new FormatDetection(null, lines, 0);
        }

        for (var i = 0; i < formats.Count; i++)
        {
            if (counts[i] >= best * SpecificFormatShare)
            {
                return new FormatDetection(formats[i], lines, counts[i]);
            }
        }

        return new FormatDetection(null, lines, 0);
    }
}
