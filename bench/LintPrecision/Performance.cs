using System.Diagnostics;
using Hindsight.Lint;

/// <summary>Lints the corpus documents round-robin until <c>count</c> documents are done, on one thread, and reports the time.</summary>
internal static class Performance
{
    public static int Run(Linter linter, IReadOnlyList<string> files, int count)
    {
        var texts = files.Select(file => (Path: file, Text: File.ReadAllText(file))).ToList();

        // Warm up: JIT, regex construction, and the spell checker's first answers are not what a long run pays.
        foreach (var (path, text) in texts)
        {
            linter.Lint(path, text);
        }

        var findings = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (path, text) = texts[i % texts.Count];
            findings += linter.Lint(path, text).Findings.Count;
        }

        watch.Stop();
        Console.WriteLine($"linted {count} documents ({texts.Count} distinct) in {watch.Elapsed.TotalSeconds:F3} s: {watch.Elapsed.TotalMilliseconds / count:F3} ms per document, {findings} findings");
        return 0;
    }
}
