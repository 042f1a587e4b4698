using Hindsight.Diagnostics;

namespace Hindsight.Lint;

/// <summary>How to lint: which rules run, at which severity, and the thresholds and glossary some rules use.</summary>
public sealed class LintOptions
{
    /// <summary>The options used when no configuration file is given.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>Rule identifiers that do not run.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severities that replace a rule's default, by rule identifier.</summary>
    public IDictionary<string, DiagnosticSeverity> Severities { get; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The fewest "why?" steps a root cause needs before the analysis counts as deep enough (HL402).</summary>
    public int MinimumWhyDepth { get; set; } = 3;

    /// <summary>Words the spell checker accepts in every document (product names, jargon).</summary>
    public ISet<string> Glossary { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The Hunspell dictionaries to check against; a word any of them knows is accepted. American English first, British
    /// English beside it so that "channelled" or "customisable" are not reported as mistakes.
    /// </summary>
    public IList<string> Dictionaries { get; } = ["en_US", "en_GB"];

    /// <summary>The clock that tells which years are recent, when a rule suggests the year a date most likely belongs to.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Whether the rule runs.</summary>
    public bool IsEnabled(LintRuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return !DisabledRules.Contains(rule.Id) && !DisabledRules.Contains(rule.Name);
    }

    /// <summary>The rule's severity after the configuration.</summary>
    public DiagnosticSeverity SeverityOf(LintRuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Severities.TryGetValue(rule.Id, out var byId) ? byId
            : Severities.TryGetValue(rule.Name, out var byName) ? byName
            : rule.DefaultSeverity;
    }
}
