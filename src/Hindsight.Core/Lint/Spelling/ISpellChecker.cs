namespace Hindsight.Lint.Spelling;

/// <summary>Checks words against a dictionary.</summary>
public interface ISpellChecker
{
    /// <summary>The words of <paramref name="words"/> the dictionary does not know, each with its suggestions (best first).</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> FindMisspelled(IReadOnlyCollection<string> words);
}
