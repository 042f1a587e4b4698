using System.CommandLine;
using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Import;
using Hindsight.Pdf;
using Hindsight.Rendering;

namespace Hindsight.Cli.Commands;

/// <summary><c>hindsight render</c>: renders a post-mortem as Markdown, one self-contained HTML file, or PDF.</summary>
internal static class RenderCommand
{
    private static readonly string[] Formats = ["md", "html", "pdf"];

    public static Command Create(TimeProvider clock)
    {
        var file = new Argument<string>("file") { Description = "The post-mortem file." };
        var format = new Option<string?>("--format", "-f") { Description = "md, html or pdf (default: from the extension of --out)." };
        format.AcceptOnlyFromAmong(Formats);
        var template = new Option<string>("--template", "-t")
        {
            Description = $"A built-in template ({string.Join(", ", ReportTemplates.BuiltInNames)}) or a Liquid file (docs/RENDERING.md).",
            DefaultValueFactory = _ => ReportTemplates.Canonical,
        };
        var audience = new Option<string>("--audience") { Description = "internal (everything) or stakeholders (no names, interviews or evidence).", DefaultValueFactory = _ => "internal" };
        audience.AcceptOnlyFromAmong("internal", "stakeholders");
        var redactHosts = new Option<bool>("--redact-hosts") { Description = "Replace internal host names and private addresses with a placeholder." };
        var paper = new Option<string>("--paper") { Description = "Paper for PDF: a4 or letter.", DefaultValueFactory = _ => "a4" };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the report (standard output when left out, except for PDF)." };
        var command = new Command("render", "Render a post-mortem as Markdown, HTML or PDF for an audience.")
        {
            file, format, template, audience, redactHosts, paper, output,
        };

        command.SetAction(async (parseResult, _) =>
        {
            var request = new RenderRequest(
                parseResult.GetValue(file)!,
                parseResult.GetValue(format) ?? FormatFromExtension(parseResult.GetValue(output)),
                parseResult.GetValue(output),
                new RenderOptions(
                    parseResult.GetValue(template)!,
                    parseResult.GetValue(audience) == "stakeholders" ? ReportAudience.Stakeholders : ReportAudience.Internal,
                    parseResult.GetValue(redactHosts)),
                parseResult.GetValue(paper) == "letter" ? PaperSize.Letter : PaperSize.A4);

            // Chromium takes about a second to start: start it while the file is read and the report rendered.
            var printerStart = request.Format == "pdf" && request.OutPath is not null ? PdfPrinter.StartAsync() : null;
            try
            {
                return await RenderAsync(request, printerStart, parseResult.InvocationConfiguration, clock).ConfigureAwait(false);
            }
            finally
            {
                await StopAsync(printerStart).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static async Task<int> RenderAsync(RenderRequest request, Task<PdfPrinter>? printerStart, InvocationConfiguration console, TimeProvider clock)
    {
        var error = console.Error;
        if (request.Format is null)
        {
            error.WriteLine("hindsight render: say --format md, html or pdf (it cannot be told from --out)");
            return ExitCodes.Unusable;
        }

        if (request.Format == "pdf" && request.OutPath is null)
        {
            error.WriteLine("hindsight render: a PDF needs --out PATH");
            return ExitCodes.Unusable;
        }

        var read = PostmortemReader.TryRead(request.Path, error);
        if (read is null)
        {
            return ExitCodes.Unusable;
        }

        if (IsFreeMarkdown(read))
        {
            // A report people wrote before Hindsight: render what the importer understands of it, as lint does,
            // rather than asking the user to convert it first. Unresolved times are shown as written.
            read = Imported(request.Path, error);
        }

        if (read.HasErrors || read.Postmortem is null)
        {
            foreach (var diagnostic in read.Diagnostics)
            {
                error.WriteLine(diagnostic.Format(request.Path));
            }

            error.WriteLine($"{request.Path}: not rendered: fix the errors above first (hindsight validate)");
            return read.Postmortem is null ? ExitCodes.Unusable : ExitCodes.Findings;
        }

        try
        {
            var renderer = new ReportRenderer(clock);
            var text = renderer.Render(read.Postmortem, request.Format == "md" ? ReportFormat.Markdown : ReportFormat.Html, request.Options);
            if (printerStart is not null)
            {
                var printer = await printerStart.ConfigureAwait(false);
                SafeFile.WriteAllBytes(request.OutPath!, await printer.PrintAsync(text, request.Paper).ConfigureAwait(false));
            }
            else if (request.OutPath is null)
            {
                console.Output.Write(text);
                return ExitCodes.Success;
            }
            else
            {
                SafeFile.WriteAllText(request.OutPath, text);
            }

            console.Output.WriteLine($"wrote {request.OutPath}");
            return ExitCodes.Success;
        }
        catch (ReportTemplateException exception)
        {
            error.WriteLine($"hindsight render: {exception.Message}");
            return ExitCodes.Unusable;
        }
        catch (PdfPrintingException exception)
        {
            error.WriteLine($"hindsight render: {exception.Message}");
            return ExitCodes.Unusable;
        }
    }

    private static async Task StopAsync(Task<PdfPrinter>? printerStart)
    {
        if (printerStart is null)
        {
            return;
        }

        try
        {
            await (await printerStart.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
        catch (PdfPrintingException)
        {
            // Already reported when the printer was needed; nothing more to say when it was not.
        }
    }

    private sealed record RenderRequest(string Path, string? Format, string? OutPath, RenderOptions Options, PaperSize Paper);

    private static string? FormatFromExtension(string? path) => Path.GetExtension(path)?.ToUpperInvariant() switch
    {
        ".MD" or ".MARKDOWN" => "md",
        ".HTML" or ".HTM" => "html",
        ".PDF" => "pdf",
        _ => null,
    };

    private static bool IsFreeMarkdown(PostmortemReadResult read) =>
        read.Postmortem is null && read.Diagnostics.Count == 1 && read.Diagnostics[0].Code == DiagnosticCodes.MissingFrontMatter;

    private static PostmortemReadResult Imported(string path, TextWriter error)
    {
        var imported = PostmortemImporter.Import(File.ReadAllText(path));
        error.WriteLine($"note: {path} has no front matter; rendered from what 'hindsight import' reads of it");
        foreach (var diagnostic in imported.Diagnostics)
        {
            error.WriteLine(diagnostic.Format(path));
        }

        // Import warnings describe the source document; they do not stop a report from being rendered.
        return new PostmortemReadResult(imported.Postmortem, [], imported.SourceMap);
    }
}
