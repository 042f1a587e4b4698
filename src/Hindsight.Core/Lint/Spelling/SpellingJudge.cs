namespace Hindsight.Lint.Spelling;

/// <summary>
/// Decides whether a word Hunspell does not know is a misspelling worth reporting, and which correction to offer.
/// Unknown words in operations writing are more often jargon, product names and people than typos, so only a
/// correction close to the written word counts.
/// </summary>
internal static class SpellingJudge
{
    /// <summary>How many of Hunspell's suggestions, best first, the judge reads.</summary>
    private const int SuggestionsRead = 6;

    public static string? BestCorrection(string word, IReadOnlyList<string> suggestions, bool writtenAsName, IReadOnlySet<string> calendarWords)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = word.ToLowerInvariant();
        var first = true;
        foreach (var suggestion in suggestions.Take(SuggestionsRead))
        {
            if (suggestion.Equals(word, StringComparison.OrdinalIgnoreCase) || (first && IsStyleGuess(word, suggestion)))
            {
                return null;
            }

            first = false;
            if (IsSplit(suggestion))
            {
                continue;
            }

            var candidate = suggestion.ToLowerInvariant();
            var distance = EditDistance.DamerauLevenshtein(lower, candidate);
            bool acceptable;
            if (writtenAsName)
            {
                // A capitalised word mid-sentence is a name unless the fix is a swapped pair of letters or a month or weekday.
                acceptable = (distance == 1 && EditDistance.IsAdjacentTransposition(lower, candidate))
                    || (distance <= 2 && calendarWords.Contains(suggestion));
            }
            else
            {
                // Typos rarely change the first letter; a lower-case word whose correction is a proper noun is jargon.
                var properSuggestion = char.IsUpper(suggestion[0]) && char.IsLower(word[0]);
                acceptable = !properSuggestion && candidate[0] == lower[0] && distance <= 2 && (word.Length >= 5 || distance == 1);
            }

            if (acceptable && distance < bestDistance)
            {
                (best, bestDistance) = (suggestion, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether Hunspell's distant suggestions could change what <see cref="BestCorrection"/> makes of a word, given its
    /// near ones (<see cref="ISpellChecker.SuggestNear"/>), which come first in the full list. The near ones hold every
    /// dictionary word one edit away written in the word's own case; Hunspell's edits keep the letters' case, so a word
    /// the dictionary writes with other capitals (PayPal, iOS, WiFi) comes only from the distant search. So the distant
    /// suggestions cannot matter only when the judge reads no further than the near ones, or when the word has no other
    /// case in the dictionary (<paramref name="otherCaseKnown"/>: Hunspell knows the word in capitals), is no name, and
    /// a near suggestion one edit away wins: a distant one could at best tie with it, and a tie goes to the first.
    /// </summary>
    public static bool DistantSuggestionsCouldMatter(string word, IReadOnlyList<string> nearSuggestions, bool writtenAsName, bool otherCaseKnown, IReadOnlySet<string> calendarWords)
    {
        if (nearSuggestions.Count >= SuggestionsRead || (nearSuggestions.Count > 0 && IsStyleGuess(word, nearSuggestions[0])))
        {
            return false;
        }

        if (writtenAsName || otherCaseKnown)
        {
            return true;
        }

        var best = BestCorrection(word, nearSuggestions, writtenAsName: false, calendarWords);
        return best is null || EditDistance.DamerauLevenshtein(word.ToLowerInvariant(), best.ToLowerInvariant()) > 1;
    }

    /// <summary>
    /// Whether <see cref="BestCorrection"/> could accept any suggestion for a word written as a name: only a swap of two
    /// neighbouring letters or a month or weekday within two edits can be accepted. Suggestions are words the dictionary
    /// knows, and Hunspell knows the capitals of every word it knows ("GITHUB" for "GitHub"), so a name none of whose
    /// <see cref="NeighbourSwaps"/> is known, and that is far from every month and weekday, needs no suggestions at all.
    /// </summary>
    public static bool CouldCorrectName(string word, IReadOnlySet<string> knownSwaps, IEnumerable<string> calendarWords)
    {
        var lower = word.ToLowerInvariant();
        return knownSwaps.Count > 0 || calendarWords.Any(calendarWord => EditDistance.DamerauLevenshtein(lower, calendarWord.ToLowerInvariant()) <= 2);
    }

    /// <summary>
    /// Whether Hunspell's first guess says the word is a matter of style, not spelling: a compound ("load balancer" for
    /// "loadbalancer"), a capitalisation ("GitHub" for "Github") or a missing apostrophe ("don't" for "dont"). Hunspell
    /// bounds the time it spends on suggestions, so their order can vary with load; only its first guess decides this.
    /// </summary>
    private static bool IsStyleGuess(string word, string firstSuggestion) =>
        IsSplit(firstSuggestion) || firstSuggestion.Replace("'", "", StringComparison.Ordinal).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsSplit(string suggestion) => suggestion.Contains(' ', StringComparison.Ordinal) || suggestion.Contains('-', StringComparison.Ordinal);

    /// <summary>The word with each pair of different neighbouring letters swapped, in capitals: what a name's accepted correction must be, in some case.</summary>
    public static IEnumerable<string> NeighbourSwaps(string word)
    {
        var upper = word.ToUpperInvariant().ToCharArray();
        for (var i = 0; i + 1 < upper.Length; i++)
        {
            if (upper[i] == upper[i + 1])
            {
                continue;
            }

            (upper[i], upper[i + 1]) = (upper[i + 1], upper[i]);
            yield return new string(upper);
            (upper[i], upper[i + 1]) = (upper[i + 1], upper[i]);
        }
    }
}
