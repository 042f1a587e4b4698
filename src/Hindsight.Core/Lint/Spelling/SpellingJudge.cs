namespace Hindsight.Lint.Spelling;

/// <summary>
/// Decides whether a word Hunspell does not know is a misspelling worth reporting, and which correction to offer.
/// Unknown words in operations writing are more often jargon, product names and people than typos, so only a
/// correction close to the written word counts.
/// </summary>
internal static class SpellingJudge
{
    public static string? BestCorrection(string word, IReadOnlyList<string> suggestions, bool writtenAsName, IReadOnlySet<string> calendarWords)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = word.ToLowerInvariant();
        var first = true;
        foreach (var suggestion in suggestions.Take(6))
        {
            // Hunspell's best guess "load balancer" for "loadbalancer", or "GitHub" for "Github", is style, not spelling.
            var split = suggestion.Contains(' ', StringComparison.Ordinal) || suggestion.Contains('-', StringComparison.Ordinal);
            // Hunspell bounds the time it spends on suggestions, so their order can vary with load; only its first
            // guess decides that a word is a compound, a capitalisation or a missing apostrophe ("dont").
            if (suggestion.Equals(word, StringComparison.OrdinalIgnoreCase)
                || (first && (split || suggestion.Replace("'", "", StringComparison.Ordinal).Equals(word, StringComparison.OrdinalIgnoreCase))))
            {
                return null;
            }

            first = false;
            if (split)
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
