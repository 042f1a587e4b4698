// Measures how long a PDF report takes: Chromium started for one report (what `hindsight render --format pdf`
// does), and a browser kept warm across reports (what a server would do). Exits 1 when the one-off PDF's median is
// above the 3 s target. A Stopwatch rather than BenchmarkDotNet: each sample starts and stops a browser process,
// which is seconds, not the microseconds BenchmarkDotNet's machinery is built to resolve.
using System.Diagnostics;
using System.Globalization;
using Hindsight.Format;
using Hindsight.Pdf;
using Hindsight.Render.Benchmarks;
using Hindsight.Rendering;

const double TargetSeconds = 3.0;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var samplePath = Path.Combine(FindRepositoryRoot(), "samples", "booktiful", "postmortem.md");
var postmortem = PostmortemFile.Read(samplePath).Postmortem ?? throw new InvalidOperationException($"{samplePath} does not parse");
var renderer = new ReportRenderer(TimeProvider.System);

var htmlTimes = Measure(runs * 4, () => renderer.Render(postmortem, ReportFormat.Html, new RenderOptions()));
var html = renderer.Render(postmortem, ReportFormat.Html, new RenderOptions());

var coldTimes = new List<double>();
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    var pdf = await PdfPrinter.PrintOnceAsync(renderer.Render(postmortem, ReportFormat.Html, new RenderOptions()), PaperSize.A4);
    coldTimes.Add(watch.Elapsed.TotalSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one-off pdf #{i + 1}: {coldTimes[^1]:0.000} s ({pdf.Length / 1024} KiB)"));
}

var startWatch = Stopwatch.StartNew();
var printer = await PdfPrinter.StartAsync();
var startSeconds = startWatch.Elapsed.TotalSeconds;
var warmTimes = new List<double>();
await using (printer)
{
    for (var i = 0; i < runs * 2; i++)
    {
        var watch = Stopwatch.StartNew();
        await printer.PrintAsync(html, PaperSize.A4);
        warmTimes.Add(watch.Elapsed.TotalSeconds);
    }
}

Console.WriteLine();
Console.WriteLine("one-off PDF, step by step:");
foreach (var (step, seconds) in await StartupBreakdown.MeasureAsync(html))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-26} {seconds:0.000} s"));
}

Console.WriteLine();
Report("html render (sample)", htmlTimes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"browser start",-28} {startSeconds:0.000} s"));
Report("pdf, one-off browser", coldTimes);
Report("pdf, warm browser", warmTimes);
var coldMedian = Median(coldTimes);
var verdict = coldMedian <= TargetSeconds ? "PASS" : "FAIL";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: one-off PDF median under {TargetSeconds:0.0} s: {coldMedian:0.000} s {verdict}"));
return coldMedian <= TargetSeconds ? 0 : 1;

static List<double> Measure(int count, Action action)
{
    action();
    var times = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalSeconds);
    }

    return times;
}

static void Report(string name, List<double> seconds) =>
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-28} median {Median(seconds):0.000} s, min {seconds.Min():0.000} s, max {seconds.Max():0.000} s, n={seconds.Count}"));

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hindsight.slnx")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Hindsight.slnx not found above " + AppContext.BaseDirectory);
}
