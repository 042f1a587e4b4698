using Hindsight.Core.Tests.Rendering;
using Hindsight.Format;
using Hindsight.Pdf;

namespace Hindsight.Cli.Tests.Commands;

public class RenderCommandTests
{
    private static string Sample => CliHarness.Sample("booktiful/postmortem.md");

    [Fact]
    public void Render_CanonicalMarkdownToStandardOutput_IsTheFileFormat()
    {
        var result = CliHarness.Run("render", Sample, "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(PostmortemFile.Write(PostmortemFile.Read(Sample).Postmortem!), result.Output);
    }

    [Fact]
    public void Render_HtmlOut_FormatFollowsTheExtension()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("report.html");

        var result = CliHarness.Run("render", Sample, "--template", "google-sre", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"wrote {path}", result.Output.Trim());
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Root Causes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Stakeholders_LeavesOutNamesAndRedactsHosts()
    {
        using var folder = new TemporaryDirectory();
        var input = folder.File("postmortem.md", PostmortemFile.Write(SamplePostmortems.Complete()));

        var result = CliHarness.Run("render", input, "--format", "html", "--audience", "stakeholders", "--redact-hosts");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Mwangi", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("web-01", result.Output, StringComparison.Ordinal);
        Assert.Contains("[internal host]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Pdf_WritesAPdfFile()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("report.pdf");

        var result = CliHarness.Run("render", Sample, "--format", "pdf", "--paper", "letter", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(path)[..4]);
    }

    [Fact]
    public void Render_PdfWithoutChromium_SaysWhichPackageToInstall()
    {
        using var folder = new TemporaryDirectory();
        var previous = Environment.GetEnvironmentVariable(PdfPrinterOptions.ChromiumVariable);
        Environment.SetEnvironmentVariable(PdfPrinterOptions.ChromiumVariable, "/nonexistent/chromium");
        try
        {
            var result = CliHarness.Run("render", Sample, "--out", folder.File("report.pdf"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("install the Debian package chromium", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(folder.File("report.pdf")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PdfPrinterOptions.ChromiumVariable, previous);
        }
    }

    [Fact]
    public void Render_PdfWithoutOut_IsAUsageError()
    {
        var result = CliHarness.Run("render", Sample, "--format", "pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a PDF needs --out PATH", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownTemplate_NamesIt()
    {
        var result = CliHarness.Run("render", Sample, "--format", "html", "--template", "fancy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'fancy' is neither a built-in template", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownFormat_IsAUsageError()
    {
        var result = CliHarness.Run("render", Sample, "--format", "docx");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Render_MissingFile_SaysSo()
    {
        var result = CliHarness.Run("render", "absent.md", "--format", "md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.md: cannot read: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidFile_PrintsDiagnosticsAndRendersNothing()
    {
        using var folder = new TemporaryDirectory();
        var input = folder.File("bad.md", "---\ntitle: x\nstarted: 2022-02-26T12:00:00Z\ndetected: 2022-02-26T11:00:00Z\n---\n");

        var result = CliHarness.Run("render", input, "--format", "html");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"{input}:4: error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FreeMarkdownReport_RendersWhatTheImporterReads()
    {
        using var folder = new TemporaryDirectory();
        var input = folder.File("report.md", """
            # Search returned errors

            ## Issue Summary

            From 14:02 to 14:40 UTC on 2024-03-07, 30% of searches failed with HTTP 503.

            ## Timeline

            - 2024-03-07 14:02 UTC - Error rate alert fires.
            - 14:40 UTC - Cache node replaced; errors stop.

            ## Corrective and preventative measures

            - Add a health check to the cache pool.
            """);
        var output = folder.File("report.html");

        var result = CliHarness.Run("render", input, "--format", "html", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no front matter", result.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(output);
        Assert.Contains("Search returned errors", html, StringComparison.Ordinal);
        Assert.Contains("Error rate alert fires.", html, StringComparison.Ordinal);
        Assert.Contains("Add a health check to the cache pool.", html, StringComparison.Ordinal);
    }
}
