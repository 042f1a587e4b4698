using Hindsight.Core.Tests.Rendering;
using Hindsight.Format;
using Hindsight.Model;
using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Pdf.Tests;

/// <summary>
/// Prints reports for real and looks at the result: the PDF's paper and text (pdfinfo, pdftotext), and PNG pages
/// (pdftoppm) left under artifacts/ in the test output folder for a person to look at.
/// </summary>
public sealed class PdfPrinterTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private static readonly ReportRenderer Renderer = new(new FakeTimeProvider(new DateTimeOffset(2022, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    private async Task<string> PrintToArtifacts(string name, Postmortem postmortem, RenderOptions options, PaperSize paper)
    {
        var directory = Tools.ArtifactDirectory(name);
        var html = Renderer.Render(postmortem, ReportFormat.Html, options);
        var pdf = Path.Combine(directory, name + ".pdf");
        await File.WriteAllBytesAsync(pdf, await fixture.Printer.PrintAsync(html, paper));
        Tools.Run("pdftoppm", "-png", "-r", "70", pdf, Path.Combine(directory, "page"));
        return pdf;
    }

    [Fact]
    public async Task Print_CompleteReportOnA4_HasA4PagesWithTheReportText()
    {
        var pdf = await PrintToArtifacts("complete-a4", SamplePostmortems.Complete(), new RenderOptions(), PaperSize.A4);

        Assert.Contains("(A4)", Tools.Run("pdfinfo", pdf), StringComparison.Ordinal);
        var text = Tools.Run("pdftotext", "-layout", pdf, "-");
        Assert.Contains("BooktifuL requests failing with HTTP 500", text, StringComparison.Ordinal);
        Assert.Contains("2022-02-26 11:40 UTC+03:00 (Africa/Nairobi)", text, StringComparison.Ordinal);
        Assert.Contains("Times in Africa/Nairobi (UTC+03:00)", text, StringComparison.Ordinal);
        Assert.Contains("No one owns the test procedures of the web tier.", text, StringComparison.Ordinal);
        Assert.Contains("Alert when the pool has fewer", text, StringComparison.Ordinal);
        Assert.Contains("page 1 of", text, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.GetDirectoryName(pdf)!, "page-*.png"));
    }

    [Fact]
    public async Task Print_OnLetter_HasLetterPages()
    {
        var pdf = await PrintToArtifacts("complete-letter", SamplePostmortems.Complete(), new RenderOptions(ReportTemplates.GoogleSre), PaperSize.Letter);

        Assert.Contains("612 x 792 pts (letter)", Tools.Run("pdfinfo", pdf), StringComparison.Ordinal);
        Assert.Contains("Where we got lucky", Tools.Run("pdftotext", pdf, "-"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_StakeholderReport_HasNoParticipantName()
    {
        var pdf = await PrintToArtifacts("complete-stakeholders", SamplePostmortems.Complete(), new RenderOptions(ReportTemplates.Seed, ReportAudience.Stakeholders, RedactHosts: true), PaperSize.A4);

        var text = Tools.Run("pdftotext", pdf, "-");
        Assert.Contains("Measures against such problem in future", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mwangi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("web-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_TheBooktifulSample_KeepsItsTimesAndZone()
    {
        var sample = PostmortemFile.Read(Path.Combine(Tools.RepositoryRoot, "samples", "booktiful", "postmortem.md")).Postmortem!;

        var pdf = await PrintToArtifacts("booktiful", sample, new RenderOptions(), PaperSize.A4);

        var text = Tools.Run("pdftotext", pdf, "-");
        Assert.Contains("BooktifuL returned HTTP 500 on every route", text, StringComparison.Ordinal);
        Assert.Contains("2022-02-27 22:00 UTC+03:00 (Africa/Nairobi)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutChromium_SaysWhichPackageToInstall()
    {
        var error = await Assert.ThrowsAsync<PdfPrintingException>(() => PdfPrinter.StartAsync(new PdfPrinterOptions("/nonexistent/chromium")));

        Assert.Contains("install the Debian package chromium", error.Message, StringComparison.Ordinal);
    }
}
