namespace Hindsight.Pdf;

/// <summary>Where to find Chromium.</summary>
/// <param name="ChromiumPath">
/// The browser to drive; by default the <c>HINDSIGHT_CHROMIUM</c> environment variable, else Debian's <c>/usr/bin/chromium</c>.
/// </param>
public sealed record PdfPrinterOptions(string? ChromiumPath = null)
{
    /// <summary>The path of Debian's <c>chromium</c> package.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    /// <summary>The environment variable that names another Chromium.</summary>
    public const string ChromiumVariable = "HINDSIGHT_CHROMIUM";

    internal string ResolveChromiumPath() =>
        ChromiumPath
        ?? (Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DebianChromium);
}
