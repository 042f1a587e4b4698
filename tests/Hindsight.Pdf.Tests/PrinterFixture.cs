namespace Hindsight.Pdf.Tests;

/// <summary>One running Chromium shared by the tests of a class, as a long-lived process would use it.</summary>
public sealed class PrinterFixture : IAsyncLifetime
{
    private PdfPrinter? _printer;

    public PdfPrinter Printer => _printer ?? throw new InvalidOperationException("The printer has not started.");

    public async Task InitializeAsync() => _printer = await PdfPrinter.StartAsync();

    public async Task DisposeAsync()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }
    }
}
