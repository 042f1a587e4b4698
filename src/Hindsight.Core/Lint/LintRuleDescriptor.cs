using Hindsight.Diagnostics;

namespace Hindsight.Lint;

/// <summary>What a lint rule is: its stable identifier, a short name, its default severity and what it checks.</summary>
/// <param name="Id">The stable identifier (<c>HLnnn</c>); it never changes meaning once released.</param>
/// <param name="Name">A kebab-case name (for example <c>human-error</c>).</param>
/// <param name="DefaultSeverity">The severity used unless the configuration changes it.</param>
/// <param name="Description">What the rule checks, in one sentence.</param>
public sealed record LintRuleDescriptor(string Id, string Name, DiagnosticSeverity DefaultSeverity, string Description);
