using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL304: a person (named, or "his error") made the grammatical cause of the failure.</summary>
internal sealed partial class PersonAsCauseRule : LintRule
{
    private static readonly LanguagePattern[] Patterns =
    [
        new(
            PossessiveMistake(),
            "'{0}' makes a person the cause of the failure.",
            "Make the system the subject: describe the change and the conditions that let it reach production, for example 'the upgrade script ran against production because both environments share one credential'."),
        new(
            PersonDidHarm(),
            "'{0}' makes a person the grammatical cause of the failure.",
            "Use the role and the mechanism instead of the person, for example 'a manual change to the production config, made without review tooling, removed web-02 from the pool'."),
    ];

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL304", "person-as-cause", DiagnosticSeverity.Error,
        "A person (a name, or 'his/her mistake') is the grammatical cause of the failure.");

    public override void Check(LintContext context)
    {
        PhraseScanner.Scan(context, Patterns);
        if (context.Document.Model is { } model)
        {
            var names = model.Participants.Select(participant => participant.Name).OfType<string>().Where(name => name.Length > 1).ToList();
            if (names.Count > 0)
            {
                var alternatives = string.Join('|', names.Select(Regex.Escape));
                var byName = new Regex(@"\b(?<phrase>(?:" + alternatives + @")\s+(?:\w+\s+)?(?:broke|caused|deleted|dropped|misconfigured|forgot|failed|introduced|pushed a bad|made a mistake|messed up|took down|crashed))\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                PhraseScanner.Scan(context, [new(byName, Patterns[1].Message, Patterns[1].Suggestion)]);
            }
        }
    }

    [GeneratedRegex(@"\b(?<phrase>(?:his|her|(?<![Tt]he )[A-Z][a-z]+'s|[A-Z][a-z]+’s) (?:own )?(?:error|mistake|fault|oversight|blunder|slip|screw-?up))\b")]
    private static partial Regex PossessiveMistake();

    [GeneratedRegex(@"\b(?<phrase>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+|someone|somebody|an? (?:engineer|developer|admin|administrator|employee|intern|operator|team member))\s+(?:\w+\s+)?(?:accidentally|mistakenly|carelessly|wrongly|inadvertently|by mistake)?\s*(?:broke|caused|deleted|dropped|misconfigured|made a mistake|messed up|took down|crashed|wiped))\b")]
    private static partial Regex PersonDidHarm();
}
