using System.Diagnostics;
using Hindsight.Import;
using Hindsight.Lint;

/// <summary>Lints the corpus documents round-robin until <c>count</c> documents are done, on one thread, cold and then warm, and reports the time.</summary>
internal static class Performance
{
    public static int Run(Linter linter, IReadOnlyList<string> files, int count, string cacheState)
    {
        var texts = files.Select(file => (Path: file, Text: File.ReadAllText(file))).ToList();

        // Cold: the first documents pay for JIT, regex construction and Hunspell's suggestions; a real run pays that too.
        var cold = Stopwatch.StartNew();
        var firstPass = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var (path, text) = texts[i % texts.Count];
            linter.Lint(path, text);
            if (i == texts.Count - 1)
            {
                firstPass = cold.Elapsed;
            }
        }

        cold.Stop();
        Console.WriteLine($"cold import + lint: {count} documents in {cold.Elapsed.TotalSeconds:F3} s, of which the first pass over the {texts.Count} documents (JIT, Hunspell's answers) {firstPass.TotalSeconds:F3} s; spelling cache: {cacheState}");

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
        Console.WriteLine($"warm import + lint: {count} documents ({texts.Count} distinct) in {watch.Elapsed.TotalSeconds:F3} s ({watch.Elapsed.TotalMilliseconds / count:F3} ms per document), {findings} findings");
        Console.WriteLine($"warm import + lint CPU time of this process: {cpu.TotalSeconds:F3} s ({cpu.TotalMilliseconds / count:F3} ms per document); machine load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }
}
