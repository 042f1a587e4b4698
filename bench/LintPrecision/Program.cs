// Lints every post-mortem of the shared corpus (read in place, never copied), compares each finding with the
// hand-made verdicts in judgements.tsv, prints precision overall and per rule, lists findings not judged yet, and
// exits non-zero when precision is below 0.90 or a finding is unjudged. With --dump it prints the findings only.
// With --perf N it imports and lints N documents (the corpus round-robin), cold with an empty spelling cache (or the
// user's with --warm-cache) and then warm, and prints wall and CPU time per document;
// --rule-timing N prints where the time goes, phase by phase and rule by rule. --corpus PATH names shared/corpus.
using System.Globalization;
using Hindsight.Lint;

var root = FindRepositoryRoot();
// build.sh evaluate passes --corpus <shared>/corpus; without it, look for shared/ beside the repository.
var corpusOption = Array.IndexOf(args, "--corpus");
var corpus = corpusOption >= 0 && corpusOption + 1 < args.Length
    ? Path.Combine(args[corpusOption + 1], "postmortems")
    : FindCorpus(root);
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"corpus not found at {corpus} (expected <repo>/../shared/corpus/postmortems)");
    return 2;
}

var files = Directory.GetFiles(corpus, "*.md").Where(file => !Path.GetFileName(file).Equals("SOURCES.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
// --perf measures a cold run: an empty spelling cache unless --warm-cache says to use the user's cache as it is.
var perf = args.Length >= 2 && args[0] == "--perf";
var cacheState = "the user's cache as found";
if (perf && !args.Contains("--warm-cache"))
{
    // Without a cache Hunspell answers everything, as on a first run; and the user's cache is left as it was.
    Environment.SetEnvironmentVariable("HINDSIGHT_NO_CACHE", "1");
    cacheState = "none (HINDSIGHT_NO_CACHE), as on a first run";
}

using var linter = Linter.Create(new LintOptions());
if (linter.SpellingUnavailableReason is { } reason)
{
    Console.Error.WriteLine($"spelling cannot be checked: {reason}");
    return 2;
}

if (linter.Notice is { } notice)
{
    Console.Error.WriteLine(notice);
}

if (args.Length >= 2 && args[0] == "--rule-timing")
{
    return RuleTiming.Run(files, int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (perf)
{
    return Performance.Run(linter, files, int.Parse(args[1], CultureInfo.InvariantCulture), cacheState);
}

var findings = files
    .SelectMany(file => linter.LintFile(file).Findings.Select(finding => (File: Path.GetFileName(file), Finding: finding)))
    .ToList();
if (args.Contains("--dump"))
{
    foreach (var (file, finding) in findings)
    {
        Console.WriteLine($"{file}\t{finding.RuleId}\t{finding.Line}\t{finding.Message}");
    }

    return 0;
}

var judgements = Judgements.Load(Path.Combine(root, "bench", "LintPrecision", "judgements.tsv"));
var perRule = new SortedDictionary<string, (int True, int False)>(StringComparer.Ordinal);
var unjudged = new List<string>();
foreach (var (file, finding) in findings)
{
    if (!judgements.TryGetValue((file, finding.RuleId, finding.Line), out var verdict))
    {
        unjudged.Add($"{file}\t{finding.RuleId}\t{finding.Line}\t{finding.Message}");
        continue;
    }

    var (truePositives, falsePositives) = perRule.GetValueOrDefault(finding.RuleId);
    perRule[finding.RuleId] = verdict ? (truePositives + 1, falsePositives) : (truePositives, falsePositives + 1);
}

Console.WriteLine($"{"rule",-8}{"true",6}{"false",7}{"precision",11}");
foreach (var (rule, (truePositives, falsePositives)) in perRule)
{
    Console.WriteLine($"{rule,-8}{truePositives,6}{falsePositives,7}{(double)truePositives / (truePositives + falsePositives),11:P1}");
}

var allTrue = perRule.Values.Sum(counts => counts.True);
var allFalse = perRule.Values.Sum(counts => counts.False);
var precision = allTrue + allFalse == 0 ? 1.0 : (double)allTrue / (allTrue + allFalse);
Console.WriteLine($"{"total",-8}{allTrue,6}{allFalse,7}{precision,11:P1}   ({files.Count} documents, {findings.Count} findings)");
var stale = judgements.Keys.Except(findings.Select(pair => (pair.File, pair.Finding.RuleId, pair.Finding.Line))).ToList();
if (stale.Count > 0)
{
    Console.WriteLine($"{stale.Count} judged finding(s) no longer reported (recall lost or lines moved):");
    foreach (var (file, rule, line) in stale)
    {
        Console.WriteLine($"  {file}\t{rule}\t{line}");
    }
}

if (unjudged.Count > 0)
{
    Console.WriteLine($"{unjudged.Count} finding(s) not judged yet (add them to judgements.tsv):");
    foreach (var line in unjudged)
    {
        Console.WriteLine("  " + line);
    }
}

var passed = precision >= 0.90 && unjudged.Count == 0;
Console.WriteLine(passed ? "PASS: precision >= 90%" : "FAIL: precision below 90% or findings not judged");
return passed ? 0 : 1;

// CI clones the repository with shared/ beside it; a developer's worktree may sit deeper, so look further up too.
static string FindCorpus(string root)
{
    for (var directory = new DirectoryInfo(root).Parent; directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "shared", "corpus", "postmortems");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "postmortems"));
}

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hindsight.slnx")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
