using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Hindsight.Lint.Spelling;

/// <summary>
/// Drives the <c>hunspell</c> program in its ispell pipe mode (<c>hunspell -a</c>). One process serves a whole run:
/// starting Hunspell and loading a dictionary costs tens of milliseconds, checking a word a few microseconds, so every
/// word of a batch goes down the pipe in one write and each distinct word is asked about once per run.
/// </summary>
public sealed class HunspellSpellChecker : ISpellChecker, IDisposable
{
    /// <summary>What to install when Hunspell is missing.</summary>
    public const string InstallHint = "install it with: apt-get install hunspell hunspell-en-us";

    private readonly Process _process;
    private readonly Dictionary<string, IReadOnlyList<string>?> _cache = new(StringComparer.Ordinal);

    private HunspellSpellChecker(Process process)
    {
        _process = process;
    }

    /// <summary>Starts Hunspell with the given dictionaries (for example <c>en_US</c>).</summary>
    /// <exception cref="SpellCheckerUnavailableException">Hunspell or a dictionary is not installed.</exception>
    public static HunspellSpellChecker Start(IEnumerable<string> dictionaries, string executable = "hunspell")
    {
        var names = string.Join(',', dictionaries);
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-a", "-i", "UTF-8", "-d", names })
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new SpellCheckerUnavailableException($"hunspell could not be started; {InstallHint}");
        }
        catch (Win32Exception exception)
        {
            throw new SpellCheckerUnavailableException($"hunspell is not installed ({exception.Message}); {InstallHint}", exception);
        }

        // The banner line proves the dictionary loaded; without it Hunspell has printed why on stderr and exited.
        var banner = process.StandardOutput.ReadLine();
        if (banner is null || !banner.StartsWith('@'))
        {
            var reason = process.StandardError.ReadToEnd().Trim();
            process.Dispose();
            throw new SpellCheckerUnavailableException($"hunspell cannot load the dictionary '{names}' ({reason}); {InstallHint}");
        }

        process.StandardInput.AutoFlush = false;
        return new HunspellSpellChecker(process);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FindMisspelled(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var unknown = words.Where(word => !_cache.ContainsKey(word)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            Ask(unknown);
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_cache.TryGetValue(word, out var suggestions) && suggestions is not null)
            {
                result[word] = suggestions;
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    /// <summary>How many words went down the pipe so far (each distinct word once per run).</summary>
    internal int WordsAsked { get; private set; }

    private void Ask(List<string> words)
    {
        WordsAsked += words.Count;
        // Writing on another thread keeps a large batch from filling both pipes and deadlocking.
        var writer = Task.Run(() =>
        {
            var input = _process.StandardInput;
            foreach (var word in words)
            {
                // '^' makes Hunspell read the rest of the line as text, never as a command.
                input.Write('^');
                input.Write(word);
                input.Write('\n');
            }

            input.Flush();
        });

        foreach (var word in words)
        {
            IReadOnlyList<string>? suggestions = null;
            string? line;
            while ((line = _process.StandardOutput.ReadLine()) is not null && line.Length > 0)
            {
                suggestions ??= Parse(line);
            }

            _cache[word] = suggestions;
            if (line is null)
            {
                throw new SpellCheckerUnavailableException("hunspell stopped while checking words");
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
