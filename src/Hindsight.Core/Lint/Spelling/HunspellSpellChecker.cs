namespace Hindsight.Lint.Spelling;

/// <summary>
/// Drives the <c>hunspell</c> program. Checking a word costs Hunspell microseconds, suggesting corrections for an unknown
/// one a millisecond for the near suggestions and ten more for the distant ones, so up to three processes serve a run:
/// <c>hunspell -l</c> tells which words are unknown, and the ispell pipe mode (<c>hunspell -a</c>), started only when
/// needed, suggests corrections for the words the spelling judge asks about, once with the
/// <see cref="NearSuggestionDictionary"/> and once with the dictionaries as installed. Every word goes down a pipe once
/// per run, and the answers are kept across runs in a <see cref="SpellingCache"/>.
/// </summary>
public sealed class HunspellSpellChecker : ISpellChecker, IDisposable
{
    /// <summary>What to install when Hunspell is missing.</summary>
    public const string InstallHint = "install it with: apt-get install hunspell hunspell-en-us";

    // Written after each word in list mode: Hunspell prints the unknown parts of the word, then this, so the reader
    // knows where one word's answer ends. It must be unknown to every dictionary.
    private const string EndOfWord = "qxzhindsightqxzendofword";

    private readonly string _executable;
    private readonly string _dictionaryNames;
    private readonly SpellingCache _cache;
    private HunspellProcess? _lister;
    private HunspellProcess? _suggester;
    private HunspellProcess? _nearSuggester;
    private NearSuggestionDictionary? _nearDictionary;
    private bool _listerTried;
    private bool _nearSuggesterTried;

    private HunspellSpellChecker(string executable, string dictionaryNames, SpellingCache cache)
    {
        _executable = executable;
        _dictionaryNames = dictionaryNames;
        _cache = cache;
    }

    /// <summary>How many words went down the pipes so far (each distinct word once per question, none that the cache knew).</summary>
    internal int WordsAsked { get; private set; }

    /// <summary>How many words Hunspell computed suggestions for so far, near or full.</summary>
    internal int SuggestionsAsked { get; private set; }

    /// <summary>How many words Hunspell computed its full suggestions for so far.</summary>
    internal int FullSuggestionsAsked { get; private set; }

    /// <summary>Whether a Hunspell process has loaded the dictionaries in this run.</summary>
    internal bool DictionariesLoaded => _lister is not null || _suggester is not null || _nearSuggester is not null;

    /// <summary>
    /// Starts Hunspell with the given dictionaries (for example <c>en_US</c>), keeping its answers in
    /// <paramref name="cacheDirectory"/> across runs (null: only for this run).
    /// </summary>
    /// <exception cref="SpellCheckerUnavailableException">Hunspell or a dictionary is not installed.</exception>
    public static HunspellSpellChecker Start(IEnumerable<string> dictionaries, string executable = "hunspell", string? cacheDirectory = null)
    {
        var names = string.Join(',', dictionaries);
        // Hunspell's version and the dictionary files decide the answers, so they name the cache; asking for the
        // version also proves that Hunspell is installed.
        var version = Version(executable);
        var stamps = HunspellDictionaryFiles.Stamps(names);
        var cache = cacheDirectory is null ? SpellingCache.InMemory() : SpellingCache.Open(cacheDirectory, $"{version}|{names}|{stamps}");
        var checker = new HunspellSpellChecker(executable, names, cache);
        if (cache.ReadFromFile && !stamps.Split(';').Contains("?"))
        {
            // The file answers for this Hunspell and these very dictionary files (same size and time), so an earlier run
            // loaded them: a run whose words are all cached need not load them again (0.1 s for two dictionaries).
            return checker;
        }

        try
        {
            // Loading the dictionaries proves they are installed.
            checker.StartLister();
            return checker;
        }
        catch
        {
            checker.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> FindUnknown(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var fresh = words.Where(word => !_cache.Known.ContainsKey(word)).Distinct(StringComparer.Ordinal).ToList();
        if (fresh.Count > 0)
        {
            if (!_listerTried)
            {
                StartLister();
            }

            if (_lister is not null)
            {
                List(fresh);
            }
            else
            {
                SuggestNear(fresh);
            }
        }

        return words.Where(word => !_cache.Known[word]).ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Suggest(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var fresh = words.Where(word => !_cache.Suggestions.ContainsKey(word) && _cache.Known.GetValueOrDefault(word, false) is false)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (fresh.Count > 0)
        {
            _suggester ??= StartSuggester(_dictionaryNames);
            FullSuggestionsAsked += fresh.Count;
            AskForSuggestions(_suggester, fresh, _cache.AddSuggestions);
        }

        return Answers(words);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SuggestNear(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var fresh = words.Where(word => !_cache.Suggestions.ContainsKey(word) && !_cache.NearSuggestions.ContainsKey(word)
                && _cache.Known.GetValueOrDefault(word, false) is false)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (fresh.Count == 0)
        {
            return Answers(words);
        }

        if (!_nearSuggesterTried)
        {
            _nearSuggesterTried = true;
            _nearDictionary = NearSuggestionDictionary.Create(_dictionaryNames);
            try
            {
                _nearSuggester = _nearDictionary is null ? null : StartSuggester(_nearDictionary.Names);
            }
            catch (SpellCheckerUnavailableException)
            {
                // The copy did not load (the dictionaries as installed did): only slower, the full suggestions serve.
                _nearDictionary?.Dispose();
                _nearDictionary = null;
            }
        }

        if (_nearSuggester is null)
        {
            // Without the copy of the affix file, the full suggestions are the near ones.
            return Suggest(words);
        }

        AskForSuggestions(_nearSuggester, fresh, _cache.AddNearSuggestions);
        return Answers(words);
    }

    /// <summary>The unknown words of <paramref name="words"/>, each with its suggestions (best first).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FindMisspelled(IReadOnlyCollection<string> words) => Suggest(FindUnknown(words));

    /// <inheritdoc/>
    public void Dispose()
    {
        _lister?.Dispose();
        _suggester?.Dispose();
        _nearSuggester?.Dispose();
        _nearDictionary?.Dispose();
        _cache.Save();
    }

    private static string Version(string executable)
    {
        using var process = HunspellProcess.Start(executable, ["-v"]);
        var version = process.Output.ReadLine();
        return string.IsNullOrWhiteSpace(version) ? "unknown" : version.Trim();
    }

    /// <summary>
    /// Starts <c>hunspell -l</c>, which prints unknown words without computing suggestions. It answers each line at once
    /// only when its output is line-buffered, which <c>stdbuf</c> arranges; without <c>stdbuf</c> there is no list mode,
    /// and the pipe mode answers everything.
    /// </summary>
    private void StartLister()
    {
        _listerTried = true;
        HunspellProcess lister;
        try
        {
            lister = HunspellProcess.Start("stdbuf", ["-oL", _executable, "-l", "-i", "UTF-8", "-d", _dictionaryNames]);
        }
        catch (SpellCheckerUnavailableException)
        {
            _suggester = StartSuggester(_dictionaryNames);
            return;
        }

        string? echo;
        try
        {
            lister.Input.Write(EndOfWord + "\n");
            lister.Input.Flush();
            echo = lister.Output.ReadLine();
        }
        catch (IOException)
        {
            // Hunspell exited before it read the probe (an unknown dictionary): its pipe is closed.
            echo = null;
        }

        if (echo != EndOfWord)
        {
            var reason = lister.ExitReason();
            var notFound = lister.ExitCode is 126 or 127;
            lister.Dispose();
            throw new SpellCheckerUnavailableException(notFound
                ? $"{_executable} is not installed ({reason}); {InstallHint}"
                : $"hunspell cannot load the dictionary '{_dictionaryNames}' ({reason}); {InstallHint}");
        }

        _lister = lister;
    }

    private HunspellProcess StartSuggester(string dictionaryNames)
    {
        var suggester = HunspellProcess.Start(_executable, ["-a", "-i", "UTF-8", "-d", dictionaryNames]);
        // The banner line proves the dictionary loaded; without it Hunspell has printed why on stderr and exited.
        var banner = suggester.Output.ReadLine();
        if (banner is null || !banner.StartsWith('@'))
        {
            var reason = suggester.ExitReason();
            suggester.Dispose();
            throw new SpellCheckerUnavailableException($"hunspell cannot load the dictionary '{_dictionaryNames}' ({reason}); {InstallHint}");
        }

        return suggester;
    }

    private void List(List<string> words)
    {
        WordsAsked += words.Count;
        var lister = _lister!;
        var writer = lister.WriteLinesAsync(words.SelectMany(word => new[] { word, EndOfWord }));
        foreach (var word in words)
        {
            // Hunspell prints the unknown parts of a word ("kube" of "kube-proxy"); any part unknown makes the word unknown.
            var known = true;
            string? line;
            while ((line = lister.Output.ReadLine()) is not null && line != EndOfWord)
            {
                known = false;
            }

            if (line is null)
            {
                throw new SpellCheckerUnavailableException("hunspell stopped while checking words");
            }

            _cache.AddKnown(word, known);
        }

        writer.GetAwaiter().GetResult();
    }

    /// <summary>Every cached answer among <paramref name="words"/>: the full suggestions where known, else the near ones.</summary>
    private Dictionary<string, IReadOnlyList<string>> Answers(IReadOnlyCollection<string> words)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_cache.Suggestions.TryGetValue(word, out var suggestions) || _cache.NearSuggestions.TryGetValue(word, out suggestions))
            {
                result[word] = suggestions;
            }
        }

        return result;
    }

    private void AskForSuggestions(HunspellProcess suggester, List<string> words, Action<string, IReadOnlyList<string>> addSuggestions)
    {
        WordsAsked += words.Count;
        SuggestionsAsked += words.Count;
        // '^' makes Hunspell read the rest of the line as text, never as a command.
        var writer = suggester.WriteLinesAsync(words.Select(word => "^" + word));
        foreach (var word in words)
        {
            IReadOnlyList<string>? suggestions = null;
            string? line;
            while ((line = suggester.Output.ReadLine()) is not null && line.Length > 0)
            {
                suggestions ??= Parse(line);
            }

            if (line is null)
            {
                throw new SpellCheckerUnavailableException("hunspell stopped while checking words");
            }

            if (suggestions is null)
            {
                _cache.AddKnown(word, true);
            }
            else
            {
                addSuggestions(word, suggestions);
            }
        }

        writer.GetAwaiter().GetResult();
    }

    /// <summary>Reads one ispell result line: <c>*</c>, <c>+</c>, <c>-</c> mean known; <c>&amp;</c> and <c>#</c> mean misspelled.</summary>
    private static List<string>? Parse(string line)
    {
        switch (line[0])
        {
            case '&':
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? [] : [.. line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            case '#':
                return [];
            default:
                return null;
        }
    }
}
