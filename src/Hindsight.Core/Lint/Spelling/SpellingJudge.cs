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
        foreach (var suggestion in suggestions.Take(4))
        {
            // "load balancer" for "loadbalancer", "GitHub" for "Github": style, not spelling.
            if (suggestion.Contains(' ', StringComparison.Ordinal) || suggestion.Contains('-', StringComparison.Ordinal)
                || suggestion.Equals(word, StringComparison.OrdinalIgnoreCase)
                || suggestion.Replace("'", "", StringComparison.Ordinal).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var distance = EditDistance.DamerauLevenshtein(word.ToLowerInvariant(), suggestion.ToLowerInvariant());
            if (writtenAsName)
            {
                // A capitalised word mid-sentence is a name unless the fix is a swapped pair of letters or a month or weekday.
                if ((distance == 1 && EditDistance.IsAdjacentTransposition(word.ToLowerInvariant(), suggestion.ToLowerInvariant()))
                    || (distance <= 2 && calendarWords.Contains(suggestion)))
                {
                    return suggestion;
                }

                continue;
            }

            // A lower-case word whose correction is a proper noun is jargon more often than a typo.
            var properSuggestion = char.IsUpper(suggestion[0]) && char.IsLower(word[0]);
            if (!properSuggestion && distance <= 2 && (word.Length >= 5 || distance == 1))
            {
                return suggestion;
            }
        }

        return null;
    }
}
