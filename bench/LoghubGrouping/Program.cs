using System.Diagnostics;
using System.Globalization;
using Hindsight.Logs.Templates;
using LoghubGrouping;

// Scores template mining on the Loghub-2k corrected ground truth: grouping accuracy (GA) and group F1 (FGA) per system.
// Default: the ground-truth Content column is fed to the miner (isolates mining from header parsing).
// --predicted DIR: scores DIR/<System>.csv files written by `hindsight logs parse <System>_2k.log --out ...` instead
// (end to end). Exit code 1 when a system is below tuned Drain or the average is below the target.
// --corpus DIR: the shared corpus or its loghub folder (./build.sh evaluate passes the former).
var corpus = Option("--corpus") ?? FindCorpus(FindRepositoryRoot());
if (Directory.Exists(Path.Combine(corpus, "loghub")))
{
    corpus = Path.Combine(corpus, "loghub");
}

var predictedDirectory = Option("--predicted");
var explain = Option("--explain");
var threads = int.Parse(Option("--threads") ?? "-1", CultureInfo.InvariantCulture);
// Overrides exist to show how sensitive the result is to each setting; the gate is the default configuration.
var options = TemplateMinerOptions.Default with
{
    SimilarityThreshold = double.Parse(Option("--similarity") ?? TemplateMinerOptions.Default.SimilarityThreshold.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    Depth = int.Parse(Option("--depth") ?? TemplateMinerOptions.Default.Depth.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    MaxDistinctWords = int.Parse(Option("--max-distinct-words") ?? TemplateMinerOptions.Default.MaxDistinctWords.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
};
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"error: Loghub corpus not found at {corpus} (use --corpus DIR)");
    return 2;
}

var mode = predictedDirectory is null ? "Content column fed to the miner" : $"end to end from {predictedDirectory}";
Console.WriteLine($"Loghub-2k corrected ground truth, {mode}; one configuration: {options}");
Console.WriteLine();
Console.WriteLine($"{"System",-12} {"Lines",6} {"True",5} {"Found",5} {"GA",7} {"FGA",7} {"Drain GA",9}  Result");
var failures = 0;
var scores = new List<GroupingScore>();
var watch = Stopwatch.StartNew();
foreach (var truth in GroundTruth.Discover(corpus))
{
    var predicted = predictedDirectory is null
        ? MineContents(truth, options, threads, explain)
        : PredictedFile.Read(Path.Combine(predictedDirectory, truth.System + ".csv"), truth);
    var score = GroupingScore.Compute(truth.Templates, predicted);
    scores.Add(score);
    var target = DrainBaseline.Target(truth.System);
    var passed = target is null || score.GroupingAccuracy >= target.Value - 1e-9;
    failures += passed ? 0 : 1;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{truth.System,-12} {score.Lines,6} {score.TrueGroups,5} {score.PredictedGroups,5} {score.GroupingAccuracy,7:F4} {score.GroupF1,7:F4} {(target is null ? "-" : target.Value.ToString("F4", CultureInfo.InvariantCulture)),9}  {(passed ? "ok" : "BELOW")}"));
}

if (scores.Count == 0)
{
    Console.Error.WriteLine($"error: no system with corrected ground truth under {corpus}");
    return 2;
}

var averageGa = scores.Average(s => s.GroupingAccuracy);
var averageFga = scores.Average(s => s.GroupF1);
var averageOk = averageGa >= DrainBaseline.AverageTarget;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{"Average",-12} {scores.Sum(s => s.Lines),6} {"",5} {"",5} {averageGa,7:F4} {averageFga,7:F4} {DrainBaseline.AverageTarget,9:F4}  {(averageOk ? "ok" : "BELOW")}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({watch.Elapsed.TotalSeconds:F2} s)"));
return failures == 0 && averageOk ? 0 : 1;

static List<string> MineContents(GroundTruth truth, TemplateMinerOptions options, int threads, string? explain)
{
    // The CLI learns every line, then matches every line against the final templates; do the same.
    var text = string.Concat(truth.Contents);
    var ranges = new Range[truth.Contents.Count];
    var offset = 0;
    for (var i = 0; i < ranges.Length; i++)
    {
        ranges[i] = new Range(offset, offset + truth.Contents[i].Length);
        offset += truth.Contents[i].Length;
    }

    var miner = new TemplateMiner(options);
    var ids = new int[ranges.Length];
    miner.LearnBatch(text.AsMemory(), ranges, ids, threads);
    miner.MatchBatch(text.AsMemory(), ranges, ids, threads);
    var labels = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
    if (string.Equals(explain, truth.System, StringComparison.OrdinalIgnoreCase))
    {
        Explainer.Print(truth, labels, miner);
    }

    return labels;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Hindsight.slnx")))
        {
            return directory.FullName;
        }
    }

    return Environment.CurrentDirectory;
}

// CI clones the repository with shared/ beside it (<repo>/../shared); a git worktree may sit deeper, so look upwards.
static string FindCorpus(string repositoryRoot)
{
    for (var directory = new DirectoryInfo(repositoryRoot).Parent; directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "shared", "corpus", "loghub");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    return Path.Combine(repositoryRoot, "..", "shared", "corpus", "loghub");
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
