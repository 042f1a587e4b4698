using Hindsight.Diagnostics;
using Hindsight.Model;

namespace Hindsight.Format;

/// <summary>What reading a post-mortem file produced.</summary>
/// <param name="Postmortem">The model, or <see langword="null"/> when the file could not be read at all.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings, in file order.</param>
/// <param name="SourceMap">Where each part of the model was written.</param>
public sealed record PostmortemReadResult(Postmortem? Postmortem, IReadOnlyList<Diagnostic> Diagnostics, SourceMap SourceMap)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Postmortem is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
