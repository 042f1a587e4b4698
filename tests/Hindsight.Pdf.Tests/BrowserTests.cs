using Hindsight.Core.Tests.Rendering;
using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Hindsight.Pdf.Tests;

/// <summary>Opens the HTML report in Chromium, as a reader would, and checks what the browser lays out.</summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = PdfPrinterOptions.DebianChromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task Open_HtmlReport_ShowsTimelinePictureAndActionTableWithoutFetchingAnything()
    {
        var html = new ReportRenderer(new FakeTimeProvider()).Render(SamplePostmortems.Complete(), ReportFormat.Html, new RenderOptions());
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 800 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.SetContentAsync(html);

        var timeline = await page.QuerySelectorAsync("svg.timeline");
        Assert.NotNull(timeline);
        Assert.True(await timeline.IsVisibleAsync());
        var box = await timeline.BoundingBoxAsync();
        Assert.True(box is { Width: > 600, Height: > 150 }, $"timeline laid out at {box?.Width} x {box?.Height}");
        Assert.Equal(4, await page.Locator("svg.timeline circle.milestone").CountAsync());
        Assert.Equal(3, await page.Locator("table.action-items tbody tr").CountAsync());
        Assert.Equal("Alert when the pool has fewer than 2 healthy members for 5 minutes", await page.Locator("table.action-items tbody tr:nth-child(2) td:nth-child(2)").InnerTextAsync());
        Assert.DoesNotContain(requests, url => !url.StartsWith("data:", StringComparison.Ordinal) && url != "about:blank");
    }

    [Fact]
    public async Task Open_HtmlReport_FitsAPhoneScreenWithoutSidewaysScrolling()
    {
        var html = new ReportRenderer(new FakeTimeProvider()).Render(SamplePostmortems.Complete(), ReportFormat.Html, new RenderOptions());
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });

        await page.SetContentAsync(html);

        var timelineWidth = await page.EvaluateAsync<double>("document.querySelector('svg.timeline').getBoundingClientRect().width");
        Assert.InRange(timelineWidth, 300, 390);
    }
}
