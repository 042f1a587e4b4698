using Hindsight.Diagnostics;

namespace Hindsight.Lint.Output;

/// <summary>The lower-case names of severities used in every output format.</summary>
internal static class SeverityNames
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>SARIF calls the lowest level "note".</summary>
    public static string SarifLevel(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Info ? "note" : Of(severity);
}
