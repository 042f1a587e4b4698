using Hindsight.Lint.Rules;

namespace Hindsight.Lint;

/// <summary>Every lint rule, in identifier order. Identifiers are stable: a retired rule's id is never reused.</summary>
public static class RuleCatalogue
{
    private static readonly LintRule[] AllRules =
    [
        new MissingDurationRule(),
        new InconsistentDurationRule(),
        new MissingDetectionTimeRule(),
        new MissingImpactRule(),
        new UnquantifiedImpactRule(),
        new TimeWithoutZoneRule(),
        new InformalZoneRule(),
        new DateWithoutYearRule(),
        new TimeWithoutDateRule(),
        new WeekdayMismatchRule(),
        new TimelineOrderRule(),
        new MilestoneOrderRule(),
        new HumanErrorRule(),
        new JudgementalLanguageRule(),
        new CounterfactualRule(),
        new PersonAsCauseRule(),
        new SingleRootCauseRule(),
        new ShallowWhyChainRule(),
        new TriggerAsRootCauseRule(),
        new VagueActionRule(),
        new ActionWithoutOwnerRule(),
        new ActionWithoutPriorityRule(),
        new ActionWithoutDueDateRule(),
        new ActionWithoutFactorRule(),
        new FactorWithoutActionRule(),
        new MissingActionItemsRule(),
        new MisspellingRule(),
        new ConfusedWordRule(),
    ];

    /// <summary>What each rule is, for documentation, configuration checks and SARIF rule metadata.</summary>
    public static IReadOnlyList<LintRuleDescriptor> Descriptors { get; } = [.. AllRules.Select(rule => rule.Descriptor)];

    internal static IReadOnlyList<LintRule> Rules => AllRules;
}
