namespace Hindsight.Lint.Spelling;

/// <summary>
/// Checks words against a dictionary. Finding the unknown words is cheap and suggesting corrections is not, so the two
/// are asked apart: suggestions only for the unknown words whose judgement needs them.
/// </summary>
public interface ISpellChecker
{
    /// <summary>The words of <paramref name="words"/> the dictionary does not know.</summary>
    IReadOnlySet<string> FindUnknown(IReadOnlyCollection<string> words);

    /// <summary>The unknown words of <paramref name="words"/>, each with its suggestions (best first); known words are left out.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Suggest(IReadOnlyCollection<string> words);

    /// <summary>
    /// Like <see cref="Suggest"/>, but a word may get only the start of its suggestions: those found by small edits of the
    /// word, which are cheap to find, without the more distant ones that would follow them.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> SuggestNear(IReadOnlyCollection<string> words) => Suggest(words);
}
