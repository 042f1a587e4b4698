using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>
/// HL602: a real word in the wrong place ("soled" for "solved", "fro" for "from"). A dictionary accepts these, so
/// each confusion is a pattern with the context that makes the word wrong.
/// </summary>
internal sealed partial class ConfusedWordRule : LintRule
{
    private static readonly LanguagePattern[] Patterns =
    [
        new(Soled(), "'{0}' is a word (to fit a shoe with a sole), but not the one meant here.", "Write 'solved'."),
        new(Fro(), "'{0}' only exists in 'to and fro'; here it is a typo.", "Write 'from' (or 'for')."),
        new(Therefor(), "'{0}' is an archaic legal word; the adverb is 'therefore'.", "Write 'therefore'."),
        new(AResultsOf(), "'{0}' mixes singular and plural.", "Write 'as a result of'."),
        new(ComparativeThen(), "'{0}' compares with 'then', which is about time.", "Write 'than'."),
        new(ShouldOf(), "'{0}' is a mishearing of the contraction 've.", "Write 'have' (and consider whether the counterfactual is needed at all)."),
        new(LooseData(), "'{0}': 'loose' means not tight; to stop having something is 'lose'.", "Write 'lose'."),
    ];

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL602", "confused-word", DiagnosticSeverity.Warning,
        "A real word used in place of another (soled/solved, fro/from, then/than): a dictionary accepts it, the context does not.");

    public override void Check(LintContext context) => PhraseScanner.Scan(context, Patterns);

    [GeneratedRegex(@"(?<!\b(?:shoes?|boots?|rubber|leather|double|thick|thin)[\s-]+)\b(?<phrase>soled)\b(?![\s-]+(?:shoes?|boots?|sandals?))", RegexOptions.IgnoreCase)]
    private static partial Regex Soled();

    [GeneratedRegex(@"(?<!\bto and\s+)\b(?<phrase>fro)\b(?!\s+and\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Fro();

    [GeneratedRegex(@"\b(?<phrase>therefor)\b(?!\s+(?:the|a|any)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Therefor();

    [GeneratedRegex(@"\b(?<phrase>as a results of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AResultsOf();

    [GeneratedRegex(@"\b(?<phrase>(?:more|less|better|worse|faster|slower|higher|lower|greater|fewer|rather|larger|smaller|longer|shorter|other) then)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparativeThen();

    [GeneratedRegex(@"\b(?<phrase>(?:should|could|would|must|might) of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShouldOf();

    [GeneratedRegex(@"\b(?<phrase>loose)\s+(?:data|access|connection|connectivity|customers|users|money|revenue|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooseData();
}
