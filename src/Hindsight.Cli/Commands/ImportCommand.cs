using System.CommandLine;
using System.Text;
using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Import;

namespace Hindsight.Cli.Commands;

/// <summary>
/// <c>hindsight import</c>: reads a post-mortem written in free Markdown into the Hindsight format; a file already in
/// that format is read as it is, and refused with its errors when it has any.
/// </summary>
internal static class ImportCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The post-mortem to import (Markdown or plain text)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the imported post-mortem to this file (canonical Hindsight Markdown)." };
        var json = new Option<bool>("--json") { Description = "Print the imported model as JSON (the shape of 'hindsight show --json')." };
        var year = new Option<int?>("--year") { Description = "Year for dates written without one (\"Saturday 26th February\")." };
        var zone = new Option<string?>("--timezone", "--tz") { Description = "IANA time zone for times written without one (for example Africa/Nairobi)." };
        var date = new Option<string?>("--date") { Description = "Date of the incident (YYYY-MM-DD) for times written without any date." };
        var force = new Option<bool>("--force") { Description = "Overwrite --out if it exists." };
        var command = new Command("import", "Import a post-mortem written in free Markdown (ALX, Google SRE or free-form layout).") { file, output, json, year, zone, date, force };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var error = parseResult.InvocationConfiguration.Error;
            if (!TryOptions(parseResult.GetValue(year), parseResult.GetValue(zone), parseResult.GetValue(date), error, out var options))
            {
                return ExitCodes.Unusable;
            }

            var text = ReadText(path, error);
            if (text is null)
            {
                return ExitCodes.Unusable;
            }

            var result = PostmortemImporter.Import(text, options);
            foreach (var diagnostic in result.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info))
            {
                error.WriteLine(diagnostic.Format(path));
            }

            if (result.IsHindsightFile && result.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) is var errors and > 0)
            {
                // Importing it anyway would drop or change what the errors name; the user fixes the file instead.
                error.WriteLine($"{path}: already a Hindsight file, with {errors} {(errors == 1 ? "error" : "errors")}: nothing was imported; "
                    + $"fix {(errors == 1 ? "it" : "them")} ('hindsight validate {path}' checks the file), then use the file as it is");
                return ExitCodes.Findings;
            }

            return Write(parseResult, result, parseResult.GetValue(output), parseResult.GetValue(json), parseResult.GetValue(force));
        });
        return command;
    }

    private static int Write(ParseResult parseResult, ImportResult result, FileInfo? target, bool json, bool force)
    {
        var output = parseResult.InvocationConfiguration.Output;
        if (target is not null)
        {
            if (target.Exists && !force)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"{target}: already exists; use --force to overwrite it");
                return ExitCodes.Unusable;
            }

            SafeFile.WriteAllText(target.FullName, PostmortemFile.Write(result.Postmortem));
            if (!json)
            {
                output.WriteLine($"wrote {target}");
            }

            // A stamp kept as written is not an instant, so the written file does not validate until it is fixed.
            var unresolved = result.Postmortem.Timeline.Count(entry => entry.At is null);
            if (unresolved > 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"{target}: {unresolved} timeline {(unresolved == 1 ? "entry keeps its time" : "entries keep their times")} as written, without an instant; "
                    + "give each a date and zone (or import again with --date, --year or --tz): 'hindsight validate' reports them until then");
            }
        }

        if (json)
        {
            output.WriteLine(PostmortemJson.Serialize(result.Postmortem));
        }
        else if (target is null)
        {
            output.Write(PostmortemFile.Write(result.Postmortem));
        }

        return ExitCodes.Success;
    }

    /// <summary>The document's text, or <see langword="null"/> after one line saying why it cannot be imported.</summary>
    private static string? ReadText(string path, TextWriter error)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                error.WriteLine($"{path}: cannot read: it is a directory, not a file");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot read: {Describe(exception)}");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(exception.Index, 0, bytes.Length)).Count((byte)'\n');
            error.WriteLine($"{path}:{line}: error {DiagnosticCodes.NotUtf8}: the file is not UTF-8 text; save it as UTF-8");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            error.WriteLine($"{path}: error {DiagnosticCodes.EmptyFile}: the file is empty");
            return null;
        }

        return text.TrimStart('\uFEFF');
    }

    private static bool TryOptions(int? year, string? zone, string? date, TextWriter error, out ImportOptions options)
    {
        options = new ImportOptions();
        if (year is < 1900 or > 2200)
        {
            error.WriteLine($"hindsight import: --year {year} is not a plausible year");
            return false;
        }

        if (zone is not null && !TimeZones.TryFind(zone, out _))
        {
            error.WriteLine($"hindsight import: '{zone}' is not an IANA time zone (for example Africa/Nairobi or UTC)");
            return false;
        }

        DateOnly? reference = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                error.WriteLine($"hindsight import: --date '{date}' is not a date (YYYY-MM-DD)");
                return false;
            }

            reference = parsed;
        }

        options = new ImportOptions { ReferenceYear = year, DefaultTimeZone = zone, ReferenceDate = reference };
        return true;
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
