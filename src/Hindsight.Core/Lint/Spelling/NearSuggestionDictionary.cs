using System.Text;

namespace Hindsight.Lint.Spelling;

/// <summary>
/// A copy of the first dictionary's affix file that turns off Hunspell's n-gram suggestions (<c>MAXNGRAMSUGS 0</c>), in a
/// folder of its own that lives as long as the run. Hunspell suggests in two steps: small edits of the word (a letter
/// changed, added, dropped or swapped, and the affix file's replacement tables), which cost it about a millisecond, then
/// a comparison with every word of the dictionary, which costs it ten; the step it then skips adds only words two edits
/// or more away, after the others. The dictionaries after the first are read from where they are: Hunspell takes only
/// their word lists.
/// </summary>
internal sealed class NearSuggestionDictionary : IDisposable
{
    private readonly string _directory;

    private NearSuggestionDictionary(string directory, string names)
    {
        _directory = directory;
        Names = names;
    }

    /// <summary>What to give <c>hunspell -d</c>.</summary>
    public string Names { get; }

    /// <summary>Writes the copy for <paramref name="names"/> (comma-separated); null when the first dictionary's files are not found or cannot be copied.</summary>
    public static NearSuggestionDictionary? Create(string names)
    {
        var first = names.Split(',')[0];
        if (HunspellDictionaryFiles.Find(first, ".aff") is not { } affix || HunspellDictionaryFiles.Find(first, ".dic") is not { } words)
        {
            return null;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"hindsight-hunspell-{Guid.NewGuid():N}");
        if (directory.Contains(',', StringComparison.Ordinal))
        {
            // Hunspell's -d takes a comma-separated list: a folder with a comma in its path cannot be named there.
            return null;
        }

        try
        {
            Directory.CreateDirectory(directory);
            // Latin-1 maps every byte to one character and back, so the affix file keeps its own encoding (its SET line)
            // and any byte-order mark, which must not be taken for one of UTF-8 and decoded.
            var lines = new List<string>();
            using (var reader = new StreamReader(affix.FullName, Encoding.Latin1, detectEncodingFromByteOrderMarks: false))
            {
                while (reader.ReadLine() is { } line)
                {
                    if (!line.TrimStart().StartsWith("MAXNGRAMSUGS", StringComparison.Ordinal))
                    {
                        lines.Add(line);
                    }
                }
            }

            lines.Add("MAXNGRAMSUGS 0");
            var name = Path.GetFileName(first);
            File.WriteAllLines(Path.Combine(directory, name + ".aff"), lines, Encoding.Latin1);
            File.CreateSymbolicLink(Path.Combine(directory, name + ".dic"), words.FullName);
            var rest = names.Split(',').Skip(1);
            return new NearSuggestionDictionary(directory, string.Join(',', rest.Prepend(Path.Combine(directory, name))));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Delete(directory);
            return null;
        }
    }

    public void Dispose() => Delete(_directory);

    private static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind in the temporary folder: two small files, never read again.
        }
    }
}
