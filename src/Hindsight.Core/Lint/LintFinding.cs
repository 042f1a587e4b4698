using Hindsight.Diagnostics;

namespace Hindsight.Lint;

/// <summary>One problem a lint rule found in a post-mortem, with where it is and how to fix it.</summary>
/// <param name="RuleId">The stable identifier of the rule (for example <c>HL301</c>).</param>
/// <param name="Severity">The effective severity, after the configuration was applied.</param>
/// <param name="Line">1-based line in the source file; 0 when the finding concerns the whole document.</param>
/// <param name="Column">1-based column of the offending text; 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Suggestion">A concrete change that would fix it.</param>
public sealed record LintFinding(string RuleId, DiagnosticSeverity Severity, int Line, int Column, string Message, string Suggestion)
{
    /// <summary>Formats the finding the way compilers do: <c>FILE:LINE:COL: severity ID: message (suggestion)</c>.</summary>
    public string Format(string file)
    {
        var location = Line > 0 ? (Column > 0 ? $"{file}:{Line}:{Column}" : $"{file}:{Line}") : file;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{location}: {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message} Suggestion: {Suggestion}");
    }
}
