namespace Hindsight.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Probably a mistake, but the document is usable.</summary>
    Warning,

    /// <summary>The document is invalid.</summary>
    Error,
}
