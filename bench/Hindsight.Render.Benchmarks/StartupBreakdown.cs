using System.Diagnostics;
using Microsoft.Playwright;

namespace Hindsight.Render.Benchmarks;

/// <summary>Times each step of a one-off PDF, to show where the seconds go.</summary>
internal static class StartupBreakdown
{
    public static async Task<IReadOnlyList<(string Step, double Seconds)>> MeasureAsync(string html)
    {
        var steps = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        void Lap(string step)
        {
            steps.Add((step, watch.Elapsed.TotalSeconds));
            watch.Restart();
        }

        using var playwright = await Playwright.CreateAsync();
        Lap("start Playwright's driver");
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Lap("launch Chromium");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        Lap("open a page");
        await page.SetContentAsync(html);
        Lap("load the report");
        await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Tagged = true, Outline = true });
        Lap("print the PDF");
        await browser.DisposeAsync();
        Lap("close Chromium");
        return steps;
    }
}
