using Microsoft.Playwright;

namespace Hindsight.Pdf;

/// <summary>
/// Prints self-contained HTML reports to PDF with headless Chromium, driven by Playwright. One printer keeps one
/// browser running, so printing many reports pays for the browser's start once.
/// </summary>
/// <remarks>
/// Playwright never downloads a browser here: it drives the Chromium of the machine (Debian's <c>chromium</c>). Pages are
/// opened offline with JavaScript off, so a report can neither fetch anything nor run anything while it is printed.
/// </remarks>
public sealed class PdfPrinter : IAsyncDisposable
{
    // Flags for a browser in a container or CI: no sandbox (no user namespaces there), no GPU, no /dev/shm limits,
    // and none of the background traffic (updates, sync, first-run pages) a print job has no use for.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
    ];

    private const string FooterTemplate =
        "<div style=\"width:100%;margin:0 15mm;font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:8px;color:#57606a;display:flex;justify-content:space-between\">"
        + "<span class=\"title\"></span><span>page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Starts Chromium.</summary>
    /// <exception cref="PdfPrintingException">Chromium is not installed or does not start.</exception>
    public static async Task<PdfPrinter> StartAsync(PdfPrinterOptions? options = null)
    {
        var chromium = (options ?? new PdfPrinterOptions()).ResolveChromiumPath();
        if (!File.Exists(chromium))
        {
            throw new PdfPrintingException(
                $"Chromium was not found at {chromium}: install the Debian package chromium (apt-get install chromium), or set {PdfPrinterOptions.ChromiumVariable} to the browser's path.");
        }

        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArguments,
            }).ConfigureAwait(false);
            return new PdfPrinter(playwright, browser);
        }
        catch (Exception exception) when (exception is PlaywrightException or IOException or System.ComponentModel.Win32Exception)
        {
            // Win32Exception and IOException: Playwright's driver (a Node.js program shipped in the package) did not start.
            playwright?.Dispose();
            throw new PdfPrintingException($"Chromium at {chromium} did not start: {FirstLine(exception.Message)}", exception);
        }
    }

    /// <summary>Starts Chromium, prints one report and stops it again.</summary>
    /// <exception cref="PdfPrintingException">Chromium is missing, does not start or cannot print.</exception>
    public static async Task<byte[]> PrintOnceAsync(string html, PaperSize paper, PdfPrinterOptions? options = null)
    {
        var printer = await StartAsync(options).ConfigureAwait(false);
        await using (printer.ConfigureAwait(false))
        {
            return await printer.PrintAsync(html, paper).ConfigureAwait(false);
        }
    }

    /// <summary>Prints <paramref name="html"/> on <paramref name="paper"/>, with the title and page numbers in the footer.</summary>
    /// <exception cref="PdfPrintingException">Chromium cannot print the page.</exception>
    public async Task<byte[]> PrintAsync(string html, PaperSize paper)
    {
        ArgumentNullException.ThrowIfNull(html);
        try
        {
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, JavaScriptEnabled = false }).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                return await page.PdfAsync(new PagePdfOptions
                {
                    Format = paper == PaperSize.Letter ? "Letter" : "A4",
                    PrintBackground = true,
                    DisplayHeaderFooter = true,
                    HeaderTemplate = "<span></span>",
                    FooterTemplate = FooterTemplate,
                    Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
                    Tagged = true,
                    Outline = true,
                }).ConfigureAwait(false);
            }
        }
        catch (PlaywrightException exception)
        {
            throw new PdfPrintingException($"Chromium could not print the report: {FirstLine(exception.Message)}", exception);
        }
    }

    /// <summary>Stops the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
