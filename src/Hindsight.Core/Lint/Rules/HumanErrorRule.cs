using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL301: "human error" (or operator error) named as a cause.</summary>
internal sealed partial class HumanErrorRule : LintRule
{
    private static readonly LanguagePattern[] Patterns =
    [
        new(
            HumanError(),
            "'{0}' ends the analysis where it should start: it names people as the cause instead of the conditions that made the action possible.",
            "Describe what the system allowed and why the action made sense at the time, for example 'the deploy tool applied an unvalidated config to all servers at once' instead of 'human error'."),
    ];

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL301", "human-error", DiagnosticSeverity.Error,
        "The text gives 'human error' (or operator error) as a cause.");

    public override void Check(LintContext context) => PhraseScanner.Scan(context, Patterns, (match, line) =>
        !Safeguard().IsMatch(context.Document.Prose(line)[Math.Max(0, match.Index - SafeguardReach)..match.Index]));

    // "automate the updates to avoid manual errors" names a safeguard to build, not a cause.
    private const int SafeguardReach = 40;

    [GeneratedRegex(@"\b(?:avoids?|avoiding|prevents?|preventing|reduces?|reducing|eliminates?|eliminating|minimi[sz]es?|minimi[sz]ing|less|fewer|against|catch|catches|catching)\s+(?:the\s+)?(?:risk\s+of\s+|chance\s+of\s+|possibility\s+of\s+)?(?:any\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Safeguard();

    [GeneratedRegex(@"\b(?:human|operator|pilot|manual)[\s-]+errors?\b|\bPEBKAC\b|\blayer 8\b", RegexOptions.IgnoreCase)]
    private static partial Regex HumanError();
}
