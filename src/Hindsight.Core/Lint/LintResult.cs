namespace Hindsight.Lint;

/// <summary>The outcome of linting one file.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="Findings">What the rules found, in line order; empty when the file was unusable.</param>
/// <param name="Error">Why the file could not be linted at all (unreadable, empty, not UTF-8, broken front matter); null when it was linted.</param>
public sealed record LintResult(string Path, IReadOnlyList<LintFinding> Findings, string? Error)
{
    /// <summary>Whether the file could be linted.</summary>
    public bool IsUsable => Error is null;
}
