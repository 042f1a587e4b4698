using Hindsight.Diagnostics;
using Hindsight.Lint.Spelling;

namespace Hindsight.Lint.Rules;

/// <summary>HL601: a word Hunspell does not know and that is not code, an identifier, a name, or in the glossary.</summary>
internal sealed class MisspellingRule : LintRule
{
    public const string Id = "HL601";

    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public override LintRuleDescriptor Descriptor { get; } = new(
        Id, "misspelling", DiagnosticSeverity.Warning,
        "A word is misspelled (checked with Hunspell; code, identifiers, hostnames, URLs, names and the glossary are skipped).");

    public override void Check(LintContext context)
    {
        if (context.SpellChecker is not { } checker)
        {
            return;
        }

        var document = context.Document;
        var glossary = Glossary.For(document, context.Options);
        var tokens = new List<WordToken>();
        for (var line = document.FrontMatterEndLine + 1; line <= document.ProseLines.Count; line++)
        {
            tokens.AddRange(WordExtractor.Extract(document.Prose(line), line).Where(token => !glossary.Contains(token.Word)));
        }

        // Names are capitalised in the middle of a sentence; a word the author capitalises that way anywhere is a name.
        var names = tokens.Where(token => !token.StartsSentence && char.IsUpper(token.Word[0])).Select(token => token.Word).ToHashSet(StringComparer.Ordinal);

        // Two capitalised words in a row ("Allon Mureinik", "Jimbo Jimberson") are a name, wherever they stand.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (first, second) = (tokens[i], tokens[i + 1]);
            if (first.Line == second.Line && char.IsUpper(first.Word[0]) && char.IsUpper(second.Word[0])
                && second.Column - (first.Column + first.Word.Length) <= 2)
            {
                names.Add(first.Word);
                names.Add(second.Word);
            }
        }

        // A lower-case word written three times or more is the team's jargon or someone's handle, not a slip of the keys.
        var repeated = tokens.Where(token => char.IsLower(token.Word[0])).GroupBy(token => token.Word, StringComparer.Ordinal).Where(group => group.Count() >= 3).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        tokens.RemoveAll(token => repeated.Contains(token.Word));
        var unknown = checker.FindUnknown(tokens.Select(token => token.Word).Distinct(StringComparer.Ordinal).ToList());
        var suggestions = Suggestions(checker, WordsToJudge(checker, unknown, names), names.Contains);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            // An unknown word without suggestions is one the judge would refuse whatever Hunspell suggested.
            if (!suggestions.TryGetValue(token.Word, out var wordSuggestions) || reported.Contains(token.Word))
            {
                continue;
            }

            var best = SpellingJudge.BestCorrection(token.Word, wordSuggestions, names.Contains(token.Word), CalendarWords);
            if (best is not null && char.IsUpper(token.Word[0]) && !CalendarWords.Contains(best))
            {
                // Hunspell capitalises its suggestions to match the word, so "Valdeci" -> "Valdez" looks like "Mispelled"
                // -> "Misspelled". Asking again in lower case tells them apart: a common word keeps its correction, a
                // name does not. Judge the lower-case form against common words only, keeping the first letter: typos
                // rarely change it, while "Jimbo" -> "Limbo" would turn a name into a word.
                var lower = token.Word.ToLowerInvariant();
                var fixedLower = SpellingJudge.BestCorrection(lower, CommonWordSuggestions(checker, lower), writtenAsName: false, CalendarWords);
                best = fixedLower is null ? null : char.ToUpperInvariant(fixedLower[0]) + fixedLower[1..];
            }

            if (best is null)
            {
                continue;
            }

            reported.Add(token.Word);
            context.Report(token.Line, token.Column, $"'{token.Word}' is misspelled.", $"Write '{best}'; if '{token.Word}' is a name or a term of your team, add it to the glossary in hindsight.lint.yaml.");
        }
    }

    /// <summary>
    /// Hunspell's suggestions for <paramref name="words"/>: the near ones, and the full ones for the words whose
    /// judgement they could change (<see cref="SpellingJudge.DistantSuggestionsCouldMatter"/>), which cost Hunspell ten
    /// times more.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> Suggestions(ISpellChecker checker, IReadOnlyCollection<string> words, Func<string, bool> writtenAsName)
    {
        var suggestions = new Dictionary<string, IReadOnlyList<string>>(checker.SuggestNear(words), StringComparer.Ordinal);
        var otherCase = OtherCaseKnown(checker, suggestions.Keys);
        var distant = suggestions.Where(pair => SpellingJudge.DistantSuggestionsCouldMatter(pair.Key, pair.Value, writtenAsName(pair.Key), otherCase.Contains(pair.Key), CalendarWords))
            .Select(pair => pair.Key)
            .ToList();
        if (distant.Count > 0)
        {
            foreach (var (word, full) in checker.Suggest(distant))
            {
                suggestions[word] = full;
            }
        }

        return suggestions;
    }

    /// <summary>The suggestions for a lower-case word that keep its first letter: typos rarely change it.</summary>
    private static List<string> CommonWordSuggestions(ISpellChecker checker, string lower)
    {
        List<string> SameFirstLetter(IReadOnlyDictionary<string, IReadOnlyList<string>> answers) =>
            answers.TryGetValue(lower, out var suggestions) ? suggestions.Where(suggestion => suggestion[0] == lower[0]).ToList() : [];

        var near = SameFirstLetter(checker.SuggestNear([lower]));
        var otherCase = OtherCaseKnown(checker, [lower]).Contains(lower);
        return SpellingJudge.DistantSuggestionsCouldMatter(lower, near, writtenAsName: false, otherCase, CalendarWords) ? SameFirstLetter(checker.Suggest([lower])) : near;
    }

    /// <summary>The words the dictionary knows in other capitals ("wifi" as "WiFi"): Hunspell knows every word it knows in capitals too.</summary>
    private static HashSet<string> OtherCaseKnown(ISpellChecker checker, IEnumerable<string> words)
    {
        var capitals = words.ToDictionary(word => word, word => word.ToUpperInvariant(), StringComparer.Ordinal);
        if (capitals.Count == 0)
        {
            return [];
        }

        var unknown = checker.FindUnknown(capitals.Values.Distinct(StringComparer.Ordinal).ToList());
        return capitals.Where(pair => !unknown.Contains(pair.Value)).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The unknown words whose judgement needs Hunspell's suggestions, which cost it tens of milliseconds a word: every
    /// word but the names that no suggestion could correct (see <see cref="SpellingJudge.CouldCorrectName"/>).
    /// </summary>
    private static List<string> WordsToJudge(ISpellChecker checker, IReadOnlySet<string> unknown, HashSet<string> names)
    {
        var swaps = unknown.Where(names.Contains).ToDictionary(word => word, word => SpellingJudge.NeighbourSwaps(word).ToList(), StringComparer.Ordinal);
        var allSwaps = swaps.Values.SelectMany(list => list).Distinct(StringComparer.Ordinal).ToList();
        var unknownSwaps = allSwaps.Count > 0 ? checker.FindUnknown(allSwaps) : new HashSet<string>();
        return unknown
            .Where(word => !swaps.TryGetValue(word, out var wordSwaps)
                || SpellingJudge.CouldCorrectName(word, wordSwaps.Where(swap => !unknownSwaps.Contains(swap)).ToHashSet(StringComparer.Ordinal), CalendarWords))
            .ToList();
    }
}
