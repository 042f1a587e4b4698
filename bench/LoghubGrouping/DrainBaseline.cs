namespace LoghubGrouping;

/// <summary>
/// Grouping accuracy of Drain tuned per system on Loghub-2k (Zhu et al., "Tools and Benchmarks for Automated Log
/// Parsing", ICSE-SEIP 2019; figures as published in the benchmark table of logpai/logparser, logparser/Drain/README.md).
/// These are targets only: the miner itself never sees a system name.
/// </summary>
internal static class DrainBaseline
{
    private static readonly Dictionary<string, double> TunedGroupingAccuracy = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HDFS"] = 0.9975,
        ["Hadoop"] = 0.9475,
        ["Spark"] = 0.92,
        ["Zookeeper"] = 0.9665,
        ["BGL"] = 0.9625,
        ["HPC"] = 0.887,
        ["Thunderbird"] = 0.955,
        ["Windows"] = 0.997,
        ["Linux"] = 0.69,
        ["Android"] = 0.911,
        ["HealthApp"] = 0.78,
        ["Apache"] = 1.0,
        ["Proxifier"] = 0.5265,
        ["OpenSSH"] = 0.7875,
        ["OpenStack"] = 0.7325,
        ["Mac"] = 0.7865,
    };

    /// <summary>The average grouping accuracy required over all systems evaluated.</summary>
    public const double AverageTarget = 0.90;

    public static double? Target(string system) =>
        TunedGroupingAccuracy.TryGetValue(system, out var value) ? value : null;
}
