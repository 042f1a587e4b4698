using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL302: words that judge people (careless, negligent, bad engineers, to blame).</summary>
internal sealed partial class JudgementalLanguageRule : LintRule
{
    private static readonly LanguagePattern[] Patterns =
    [
        new(
            Judgement(),
            "'{0}' judges people instead of describing conditions; people who feel judged stop telling what really happened.",
            "Remove the judgement and describe the conditions around the action: time pressure, missing safeguards, unclear tooling (for example 'the runbook step had no confirmation prompt' rather than 'the engineer was careless')."),
    ];

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL302", "judgemental-language", DiagnosticSeverity.Error,
        "The text judges people: careless, negligent, sloppy, lazy, incompetent, bad engineers, to blame.");

    public override void Check(LintContext context) => PhraseScanner.Scan(context, Patterns);

    [GeneratedRegex(@"\b(?:careless(?:ly|ness)?|negligen(?:ce|t|tly)|sloppy|sloppiness|lazy|laziness|incompeten(?:ce|t)|stupid(?:ity)?|idiot(?:ic|s)?|reckless(?:ly|ness)?|bad (?:engineers?|developers?|programmers?|admins?|operators?)|(?:his|her|their) fault|to blame|blamed?\s+(?:on|for)|(?:the )?culprit was (?:an? )?(?:engineer|developer|admin|operator|intern|employee))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Judgement();
}
