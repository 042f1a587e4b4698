using System.Diagnostics;
using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Import;

namespace Hindsight.Bench.PostmortemImport;

/// <summary>
/// Imports every post-mortem of the shared corpus (and the templates), scores the ones that have an expected
/// extraction, and measures import speed. Exits 1 below 100 % on the expected files, 2 when the corpus is missing.
/// </summary>
internal static class ImportEvaluation
{
    private const int SpeedDocuments = 1000;

    public static int Run(string[] args, TextWriter output)
    {
        var corpusOption = Array.IndexOf(args, "--corpus");
        var corpusRoot = corpusOption >= 0 && corpusOption + 1 < args.Length ? args[corpusOption + 1] : null;
        var corpus = CorpusLocator.Find(corpusRoot is null ? null : Path.Combine(corpusRoot, "postmortems"));
        if (corpus is null)
        {
            output.WriteLine("shared/corpus/postmortems not found beside the repository; pass --corpus PATH/TO/shared/corpus or set HINDSIGHT_SHARED");
            return 2;
        }

        var verbose = args.Contains("--verbose");
        var documents = Directory.GetFiles(corpus, "*.md").Concat(Directory.GetFiles(Path.Combine(corpus, "templates"), "*.md")).Order(StringComparer.Ordinal).ToList();
        output.WriteLine(Invariant($"Corpus: {corpus} ({documents.Count} documents)"));
        output.WriteLine();
        var failures = 0;
        foreach (var path in documents)
        {
            var result = PostmortemImporter.Import(File.ReadAllText(path));
            var errors = result.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            var pm = result.Postmortem;
            var resolved = pm.Timeline.Count(entry => entry.At is not null);
            output.WriteLine(Invariant($"  {(errors == 0 ? "ok  " : "FAIL")} {Path.GetRelativePath(corpus, path),-48} title={(pm.Title is null ? "-" : "yes"),-3} timeline={pm.Timeline.Count,2} (resolved {resolved,2}) actions={pm.ActionItems.Count,2} duration={(result.Duration.IsStated ? "yes" : "no"),-3} figure={(result.ImpactFigureStated ? "yes" : "no"),-3} notes={(pm.Notes is null ? "no" : "yes")}"));
            failures += errors == 0 ? 0 : 1;
        }

        output.WriteLine();
        var (passed, total) = ScoreExpected(corpus, output, verbose);
        var percent = total == 0 ? 0 : 100.0 * passed / total;
        output.WriteLine();
        output.WriteLine(Invariant($"Expected extractions: {passed}/{total} checks ({percent:F1} %)"));
        output.WriteLine(Invariant($"Documents imported without error: {documents.Count - failures}/{documents.Count}"));
        MeasureSpeed(documents, output);
        return failures == 0 && total > 0 && passed == total ? 0 : 1;
    }

    private static (int Passed, int Total) ScoreExpected(string corpus, TextWriter output, bool verbose)
    {
        var passed = 0;
        var total = 0;
        foreach (var path in Directory.GetFiles(corpus, "*.expected.json").Order(StringComparer.Ordinal))
        {
            var expected = ExpectedExtraction.Load(path);
            var result = PostmortemImporter.Import(File.ReadAllText(Path.Combine(corpus, expected.SourceFile)));
            var checks = ExtractionScore.Compare(expected, result);
            var ok = checks.Count(check => check.Passed);
            passed += ok;
            total += checks.Count;
            output.WriteLine(Invariant($"  {expected.SourceFile,-32} {ok,3}/{checks.Count,-3} {100.0 * ok / checks.Count,6:F1} %"));
            foreach (var check in checks.Where(check => verbose || !check.Passed))
            {
                output.WriteLine(Invariant($"      {(check.Passed ? "ok  " : "MISS")} {check.Name}: expected {check.Expected} got {check.Actual}"));
            }
        }

        return (passed, total);
    }

    /// <summary>
    /// Imports 1 000 documents (the corpus post-mortems, round robin) on one thread, five times after a warm-up, and
    /// reports the best round in wall-clock and process CPU time (CPU time is what counts on a busy machine).
    /// </summary>
    private static void MeasureSpeed(List<string> paths, TextWriter output)
    {
        var texts = paths.Where(path => !Path.GetFileName(path).Equals("SOURCES.md", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        var bytes = Enumerable.Range(0, SpeedDocuments).Sum(index => (long)texts[index % texts.Count].Length);
        RunRound(texts);
        var bestWall = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            RunRound(texts);
            stopwatch.Stop();
            process.Refresh();
            bestWall = stopwatch.Elapsed < bestWall ? stopwatch.Elapsed : bestWall;
            var cpu = process.TotalProcessorTime - cpuBefore;
            bestCpu = cpu < bestCpu ? cpu : bestCpu;
        }

        output.WriteLine(Invariant($"Speed: {SpeedDocuments} documents ({bytes / 1024} KiB, the {texts.Count} corpus documents and templates, round robin) imported on one thread in {bestWall.TotalMilliseconds:F0} ms wall clock, {bestCpu.TotalMilliseconds:F0} ms CPU (best of 5; target for import + lint: 1000 in < 2000 ms)"));
    }

    private static void RunRound(List<string> texts)
    {
        for (var index = 0; index < SpeedDocuments; index++)
        {
            PostmortemImporter.Import(texts[index % texts.Count]);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
