using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL303: counterfactuals and failure verbs aimed at people ("should have", "failed to", "forgot").</summary>
internal sealed partial class CounterfactualRule : LintRule
{
    private static readonly LanguagePattern[] Patterns =
    [
        new(
            ShouldHave(),
            "'{0}' is a counterfactual: it describes what did not happen instead of what did, and why it made sense at the time.",
            "Say what happened and what made it likely, for example 'the release checklist has no load-test step' instead of 'we should have load-tested'."),
        new(
            Forgot(),
            "'{0}' puts the cause in a person's memory; memory is not a safeguard a team can fix.",
            "Describe the missing prompt or automation, for example 'the re-attach step is not in the test runbook and nothing checks the pool size' instead of 'the engineer forgot'."),
        new(
            FailedTo(),
            "'{0}' frames a person's action as a failure; it hides the conditions that shaped it.",
            "Say what was done and what the system did not provide, for example 'the alert was not acknowledged because it paged a retired rotation' instead of 'the on-call failed to respond'."),
    ];

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL303", "counterfactual", DiagnosticSeverity.Warning,
        "Counterfactual or failure language about people: should have, could have, would have, failed to, forgot, neglected to.");

    public override void Check(LintContext context) => PhraseScanner.Scan(context, Patterns, (match, line) =>
        context.Document.Outline.HeadingAt(line) is null && Judges(context.Document, match, line));

    // "Should have" always judges, whoever it names. "Failed to" judges when a person is its subject. "Could have" and
    // "would have" judge when a person is their subject, when they say what could have been done ("could have been
    // addressed") or when a condition of hindsight follows ("had the app been tested"); otherwise they are hypotheses
    // about systems ("the chain would have advanced", "there could have been an issue").
    private static bool Judges(LintDocument document, Match match, int line)
    {
        var phrase = match.Value;
        var prose = document.Prose(line);
        var personSubject = PersonSubject().IsMatch(ClauseBefore(prose, match.Index));
        if (phrase.StartsWith("fail", StringComparison.OrdinalIgnoreCase))
        {
            return personSubject;
        }

        if (!phrase.StartsWith("could", StringComparison.OrdinalIgnoreCase) && !phrase.StartsWith("would", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var after = prose[(match.Index + match.Length)..] + " " + document.Prose(line + 1);
        var passiveAction = phrase.EndsWith("been", StringComparison.OrdinalIgnoreCase) && PassiveAction().IsMatch(after);
        return personSubject || passiveAction || HindsightCondition().IsMatch(after);
    }

    // The words since the last punctuation before "failed to": its subject is somewhere in there.
    private static string ClauseBefore(string prose, int index)
    {
        var start = prose.LastIndexOfAny(['.', ';', ':', '!', '?', ','], Math.Max(0, index - 1)) + 1;
        start = Math.Max(start, index - 80);
        return prose[start..index];
    }

    [GeneratedRegex(@"\b(?:should|could|would|must|ought to)(?:'ve| have| of)\s+(?!been (?:worse|much worse)\b)(?:been|known|done|seen|taken|caught|run|written|gone|made|had|given|begun|arisen|chosen|spoken|noticed|\w+ed)\b|\bif only\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShouldHave();

    [GeneratedRegex(@"\b(?:forg[oe]t(?:ten)?|forgetting|neglected to|didn'?t bother|did not bother)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forgot();

    // "failed to" is blame only when a person is the subject: the clause before it names one.
    [GeneratedRegex(@"\b(?:failed to|fails to|failing to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailedTo();

    [GeneratedRegex(@"\b(?:I|we|he|she|they|you|someone|somebody|nobody|engineers?|developers?|operators?|admins?|administrators?|team|teams|staff|employees?|interns?|on-?call|SREs?|devops|people|person|user|he or she)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonSubject();

    [GeneratedRegex(@"^\s*(?:\w+ly\s+)?\w+(?:ed|en|wn|ught)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAction();

    [GeneratedRegex(@"\bhad (?:the|we|they|it|this|someone|anyone|he|she|I)\b|\bif (?:we|they|only|someone|anyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HindsightCondition();
}
