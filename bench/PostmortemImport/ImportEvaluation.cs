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
        var corpus = CorpusLocator.Find(args.FirstOrDefault(argument => !argument.StartsWith("--", StringComparison.Ordinal)));
        if (corpus is null)
        {
            output.WriteLine("shared/corpus/postmortems not found beside the repository; pass its path as the first argument");
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

    private static void MeasureSpeed(List<string> paths, TextWriter output)
    {
        var texts = paths.Select(File.ReadAllText).ToList();
        foreach (var text in texts)
        {
            PostmortemImporter.Import(text);
        }

        var bytes = 0L;
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < SpeedDocuments; index++)
        {
            var text = texts[index % texts.Count];
            bytes += text.Length;
            PostmortemImporter.Import(text);
        }

        stopwatch.Stop();
        output.WriteLine(Invariant($"Speed: {SpeedDocuments} documents ({bytes / 1024} KiB) imported in {stopwatch.Elapsed.TotalMilliseconds:F0} ms on one thread ({SpeedDocuments / stopwatch.Elapsed.TotalSeconds:F0} documents/s; target for import + lint: 1000 in < 2000 ms)"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
