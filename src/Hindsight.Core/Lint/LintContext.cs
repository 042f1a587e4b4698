using Hindsight.Diagnostics;
using Hindsight.Lint.Spelling;

namespace Hindsight.Lint;

/// <summary>What a rule sees while it runs: the document, the options, the shared spell checker, and where to report.</summary>
internal sealed class LintContext(LintDocument document, LintOptions options, ISpellChecker? spellChecker)
{
    private readonly List<LintFinding> _findings = [];
    private LintRuleDescriptor? _current;

    public LintDocument Document { get; } = document;

    public LintOptions Options { get; } = options;

    public ISpellChecker? SpellChecker { get; } = spellChecker;

    public IReadOnlyList<LintFinding> Findings => _findings;

    public void Begin(LintRuleDescriptor rule) => _current = rule;

    /// <summary>Reports a finding of the running rule at a 1-based line and column.</summary>
    public void Report(int line, int column, string message, string suggestion)
    {
        var rule = _current ?? throw new InvalidOperationException("No rule is running.");
        DiagnosticSeverity severity = Options.SeverityOf(rule);
        _findings.Add(new LintFinding(rule.Id, severity, line, column, message, suggestion));
    }

    /// <summary>Reports a finding at a position in the document text.</summary>
    public void ReportAt(TextPosition position, string message, string suggestion) =>
        Report(position.Line, position.Column, message, suggestion);
}
