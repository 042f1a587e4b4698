namespace Hindsight.Diagnostics;

/// <summary>A problem found in a document, with where it is.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable identifier of the kind of problem (for example <c>HS0101</c>).</param>
/// <param name="Message">What is wrong, in a sentence that names the field or value.</param>
/// <param name="Line">1-based line in the source file; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, int Line = 0, int Column = 0)
{
    /// <summary>Formats the diagnostic the way compilers do, so editors and CI can jump to it: <c>FILE:LINE: severity CODE: message</c>.</summary>
    public string Format(string file)
    {
        var location = Line > 0 ? (Column > 0 ? $"{file}:{Line}:{Column}" : $"{file}:{Line}") : file;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
    }
}
