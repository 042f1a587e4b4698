using System.Diagnostics;
using Hindsight.Import;
using Hindsight.Lint;

/// <summary>Lints the corpus documents round-robin until <c>count</c> documents are done, on one thread, and reports the time.</summary>
internal static class Performance
{
    public static int Run(Linter linter, IReadOnlyList<string> files, int count)
    {
        var texts = files.Select(file => (Path: file, Text: File.ReadAllText(file))).ToList();

        // Warm up: JIT, regex construction, and the spell checker's first answers are not what a long run pays.
        var warmUp = Stopwatch.StartNew();
        foreach (var (path, text) in texts)
        {
            linter.Lint(path, text);
        }

        warmUp.Stop();
        Console.WriteLine($"warm-up (first lint of the {texts.Count} documents: JIT, Hunspell's suggestions): {warmUp.Elapsed.TotalSeconds:F3} s");

        var importOnly = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            PostmortemImporter.Import(texts[i % texts.Count].Text);
        }

        importOnly.Stop();
        var findings = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (path, text) = texts[i % texts.Count];
            findings += linter.Lint(path, text).Findings.Count;
        }

        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"import alone: {count} documents in {importOnly.Elapsed.TotalSeconds:F3} s ({importOnly.Elapsed.TotalMilliseconds / count:F3} ms per document)");
        Console.WriteLine($"import + lint: {count} documents ({texts.Count} distinct) in {watch.Elapsed.TotalSeconds:F3} s ({watch.Elapsed.TotalMilliseconds / count:F3} ms per document), {findings} findings");
        Console.WriteLine($"import + lint CPU time of this process: {cpu.TotalSeconds:F3} s ({cpu.TotalMilliseconds / count:F3} ms per document); machine load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }
}
