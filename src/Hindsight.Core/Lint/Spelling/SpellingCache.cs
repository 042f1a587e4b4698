using System.Security.Cryptography;
using System.Text;
using Hindsight.Internal;

namespace Hindsight.Lint.Spelling;

/// <summary>
/// Hunspell's answers (is a word known, and its suggestions), kept across runs in one file per dictionary set and
/// Hunspell version: suggestions cost Hunspell tens of milliseconds a word, and the same words come back run after run.
/// A file that cannot be read, or that another version wrote, is ignored; a file is replaced whole, never edited, so a
/// run that stops half-way leaves the previous file intact.
/// </summary>
internal sealed class SpellingCache
{
    private const string FormatLine = "hindsight spelling cache 2";

    /// <summary>More words than this and the file starts afresh, so that it cannot grow without end.</summary>
    private const int MaximumWords = 200_000;

    private readonly string? _path;
    private readonly string _key;

    private SpellingCache(string? path, string key)
    {
        _path = path;
        _key = key;
    }

    /// <summary>Whether a word is known, for every word asked so far.</summary>
    public Dictionary<string, bool> Known { get; } = new(StringComparer.Ordinal);

    /// <summary>Hunspell's suggestions, best first, for the unknown words whose suggestions were asked.</summary>
    public Dictionary<string, IReadOnlyList<string>> Suggestions { get; } = new(StringComparer.Ordinal);

    /// <summary>Hunspell's near suggestions (see <see cref="NearSuggestionDictionary"/>) for unknown words whose full suggestions were not asked.</summary>
    public Dictionary<string, IReadOnlyList<string>> NearSuggestions { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the answers were read from a file that an earlier run wrote for the same key.</summary>
    public bool ReadFromFile { get; private set; }

    /// <summary>Whether answers were added since the cache was loaded.</summary>
    public bool Changed { get; private set; }

    /// <summary>Where the file lives: the user's cache folder (<see cref="UserCacheDirectory"/>); null when there is none.</summary>
    public static string? DefaultDirectory() => UserCacheDirectory.Find();

    /// <summary>A cache that lives only as long as the run.</summary>
    public static SpellingCache InMemory() => new(null, "");

    /// <summary>Loads the answers saved for <paramref name="key"/> in <paramref name="directory"/>, or none when there are none or they are unreadable.</summary>
    public static SpellingCache Open(string directory, string key)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(key);
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var cache = new SpellingCache(Path.Combine(directory, $"hunspell-{name}.txt"), key);
        cache.Load();
        return cache;
    }

    public void AddKnown(string word, bool known)
    {
        Known[word] = known;
        Changed = true;
    }

    public void AddSuggestions(string word, IReadOnlyList<string> suggestions)
    {
        Known[word] = false;
        Suggestions[word] = suggestions;
        NearSuggestions.Remove(word);
        Changed = true;
    }

    public void AddNearSuggestions(string word, IReadOnlyList<string> suggestions)
    {
        Known[word] = false;
        NearSuggestions[word] = suggestions;
        Changed = true;
    }

    /// <summary>Writes the answers when there are new ones; a cache that cannot be written is only a slower next run.</summary>
    public void Save()
    {
        if (_path is null || !Changed)
        {
            return;
        }

        if (Known.Count > MaximumWords)
        {
            TryDelete(_path);
            return;
        }

        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                writer.Write(FormatLine + "\n");
                writer.Write($"key\t{_key}\n");
                foreach (var (word, known) in Known)
                {
                    if (known)
                    {
                        writer.Write($"+\t{word}\n");
                    }
                    else if (Suggestions.TryGetValue(word, out var suggestions))
                    {
                        WriteSuggestions(writer, '&', word, suggestions);
                    }
                    else if (NearSuggestions.TryGetValue(word, out var nearSuggestions))
                    {
                        WriteSuggestions(writer, '~', word, nearSuggestions);
                    }
                    else
                    {
                        writer.Write($"-\t{word}\n");
                    }
                }

                writer.Write("end\n");
            }

            // A rename within one directory replaces the file at once: readers see the old answers or the new ones.
            File.Move(temporary, _path, overwrite: true);
            Changed = false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private void Load()
    {
        try
        {
            if (!File.Exists(_path))
            {
                return;
            }

            ReadFromFile = TryRead(File.ReadAllLines(_path!, Encoding.UTF8));
            if (!ReadFromFile)
            {
                Clear();
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            Clear();
        }
    }

    /// <summary>Reads the file's lines; false when anything about them is not what <see cref="Save"/> writes.</summary>
    private bool TryRead(string[] lines)
    {
        // The last line proves the file was written to the end; the key line, that it answers for these dictionaries.
        if (lines.Length < 3 || lines[0] != FormatLine || lines[1] != $"key\t{_key}" || lines[^1] != "end" || lines.Length > MaximumWords + 3)
        {
            return false;
        }

        for (var i = 2; i < lines.Length - 1; i++)
        {
            var fields = lines[i].Split('\t');
            if (fields.Length < 2 || fields[1].Length == 0)
            {
                return false;
            }

            switch (fields[0])
            {
                case "+":
                    Known[fields[1]] = true;
                    break;
                case "-":
                    Known[fields[1]] = false;
                    break;
                case "&":
                    Known[fields[1]] = false;
                    Suggestions[fields[1]] = fields[2..];
                    break;
                case "~":
                    Known[fields[1]] = false;
                    NearSuggestions[fields[1]] = fields[2..];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private void Clear()
    {
        Known.Clear();
        Suggestions.Clear();
        NearSuggestions.Clear();
    }

    private static void WriteSuggestions(StreamWriter writer, char kind, string word, IReadOnlyList<string> suggestions)
    {
        writer.Write($"{kind}\t{word}");
        foreach (var suggestion in suggestions)
        {
            writer.Write($"\t{suggestion}");
        }

        writer.Write('\n');
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind: it is only a stale file, never read as a cache.
        }
    }
}
