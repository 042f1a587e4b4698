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
}
