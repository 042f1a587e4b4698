using System.Text;
using Hindsight.Lint.Spelling;

namespace Hindsight.Lint;

/// <summary>
/// Lints post-mortems: Hindsight files (YAML front matter) and free Markdown alike. One linter serves a whole run, so
/// the spell checker process is started once and its answers are reused across documents.
/// </summary>
public sealed class Linter : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ISpellChecker? _spellChecker;
    private readonly bool _ownsSpellChecker;

    /// <summary>Creates a linter that uses <paramref name="spellChecker"/> for spelling; without one the spelling rule does not run.</summary>
    public Linter(LintOptions options, ISpellChecker? spellChecker)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _spellChecker = spellChecker;
    }

    private Linter(LintOptions options, ISpellChecker? spellChecker, string? spellingUnavailable)
        : this(options, spellChecker)
    {
        _ownsSpellChecker = spellChecker is not null;
        SpellingUnavailableReason = spellingUnavailable;
    }

    /// <summary>The options in force.</summary>
    public LintOptions Options { get; }

    /// <summary>Something the user should know about this run (a dictionary missing); null when all is well.</summary>
    public string? Notice { get; private init; }

    /// <summary>Why spelling is not checked (Hunspell or its dictionary missing); null when it is.</summary>
    public string? SpellingUnavailableReason { get; }

    /// <summary>Creates a linter with Hunspell as its spell checker, when the spelling rule is enabled and Hunspell is installed.</summary>
    public static Linter Create(LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var spellingWanted = RuleCatalogue.Descriptors.Any(rule => rule.Id == Rules.MisspellingRule.Id && options.IsEnabled(rule));
        if (!spellingWanted)
        {
            return new Linter(options, null, null);
        }

        try
        {
            return new Linter(options, HunspellSpellChecker.Start(options.Dictionaries, cacheDirectory: SpellingCache.DefaultDirectory()), null);
        }
        catch (SpellCheckerUnavailableException) when (options.Dictionaries.Count > 1)
        {
            // The first dictionary alone still catches most mistakes; say which dictionaries are missing.
            try
            {
                var checker = HunspellSpellChecker.Start(options.Dictionaries.Take(1), cacheDirectory: SpellingCache.DefaultDirectory());
                var missing = string.Join(", ", options.Dictionaries.Skip(1));
                return new Linter(options, checker, (string?)null) { Notice = $"spelling is checked against {options.Dictionaries[0]} only: the dictionaries {missing} are not installed (apt-get install hunspell-en-gb)" };
            }
            catch (SpellCheckerUnavailableException exception)
            {
                return new Linter(options, null, exception.Message);
            }
        }
        catch (SpellCheckerUnavailableException exception)
        {
            return new Linter(options, null, exception.Message);
        }
    }

    /// <summary>Reads and lints a file.</summary>
    public LintResult LintFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            return new LintResult(path, [], "the file is not valid UTF-8 text");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new LintResult(path, [], exception.Message);
        }

        return Lint(path, text);
    }

    /// <summary>Lints a document already in memory; <paramref name="path"/> names it in findings.</summary>
    public LintResult Lint(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (text.TrimStart('\uFEFF').Trim().Length == 0)
        {
            return new LintResult(path, [], "the file is empty");
        }

        var loaded = LintDocumentLoader.Load(path, text.TrimStart('\uFEFF'));
        if (loaded.Error is not null)
        {
            return new LintResult(path, [], loaded.Error);
        }

        var context = new LintContext(loaded.Document!, Options, _spellChecker);
        foreach (var rule in RuleCatalogue.Rules)
        {
            if (!Options.IsEnabled(rule.Descriptor))
            {
                continue;
            }

            context.Begin(rule.Descriptor);
            rule.Check(context);
        }

        var findings = context.Findings
            .OrderBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ToList();
        return new LintResult(path, findings, null);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsSpellChecker && _spellChecker is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
