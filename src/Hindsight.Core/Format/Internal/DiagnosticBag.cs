using Hindsight.Diagnostics;

namespace Hindsight.Format.Internal;

/// <summary>Collects the diagnostics of one read, in the order they are found.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(string code, string message, int line, int column = 0) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, line, column));

    public void Warning(string code, string message, int line, int column = 0) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, line, column));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
