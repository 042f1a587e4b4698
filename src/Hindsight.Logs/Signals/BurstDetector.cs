namespace Hindsight.Logs.Signals;

/// <summary>Finds where a template's per-minute rate rose well above its own baseline.</summary>
internal static class BurstDetector
{
    private const int BurstMinimumCount = 20;

    // A burst is at least five times the usual rate and at least this many lines in a minute.
    private const int MinimumPeak = 20;

    /// <summary>Minutes whose count is at least five times the template's median rate (and at least twenty).</summary>
    public static void Find(TemplateSignal signal)
    {
        if (signal.Count < BurstMinimumCount || signal.PerMinute.Count < 2)
        {
            return;
        }

        var firstMinute = signal.PerMinute.Keys.First();
        var lastMinute = signal.PerMinute.Keys.Last();
        var span = (long)((lastMinute - firstMinute).TotalMinutes) + 1;
        if (span < 10)
        {
            return;
        }

        var counts = signal.PerMinute.Values.Order().ToList();
        var zeros = span - counts.Count;
        var middle = span / 2;
        double baseline = middle < zeros ? 0 : counts[(int)(middle - zeros)];
        var threshold = Math.Max(MinimumPeak, 5 * Math.Max(1, baseline));
        DateTimeOffset? start = null;
        long peak = 0;
        DateTimeOffset? previous = null;
        foreach (var (minute, count) in signal.PerMinute)
        {
            var contiguous = previous is { } before && minute - before == TimeSpan.FromMinutes(1);
            if (count >= threshold)
            {
                if (start is null || !contiguous)
                {
                    if (start is not null && signal.Bursts.Count < 3)
                    {
                        signal.Bursts.Add(new Burst(start.Value, peak, baseline));
                    }

                    start = minute;
                    peak = 0;
                }

                peak = Math.Max(peak, count);
                previous = minute;
            }
            else if (start is not null)
            {
                if (signal.Bursts.Count < 3)
                {
                    signal.Bursts.Add(new Burst(start.Value, peak, baseline));
                }

                start = null;
                previous = null;
            }
        }

        if (start is not null && signal.Bursts.Count < 3)
        {
            signal.Bursts.Add(new Burst(start.Value, peak, baseline));
        }
    }
}
