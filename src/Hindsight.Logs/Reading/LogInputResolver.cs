using Microsoft.Extensions.FileSystemGlobbing;

namespace Hindsight.Logs.Reading;

/// <summary>
/// Turns command-line arguments into files: plain files, directories (every file below, recursively), glob patterns
/// (<c>logs/**/*.log</c>, matched with Microsoft.Extensions.FileSystemGlobbing) and <c>-</c> for standard input
/// (spooled to a temporary file, because analyses read their input twice).
/// </summary>
public static class LogInputResolver
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Resolves <paramref name="arguments"/>; <paramref name="standardInput"/> opens stdin when <c>-</c> is given.</summary>
    public static LogInputs Resolve(IEnumerable<string> arguments, Func<Stream>? standardInput, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var sources = new List<LogSource>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (standardInput is null)
                {
                    warnings.Add("-: standard input is not available");
                    continue;
                }

                sources.Add(StandardInputSpool.Spool(standardInput(), timeProvider));
                continue;
            }

            if (File.Exists(argument))
            {
                AddFile(argument, argument, sources, warnings, seen);
            }
            else if (Directory.Exists(argument))
            {
                AddDirectory(argument, sources, warnings, seen);
            }
            else if (argument.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                AddGlob(argument, sources, warnings, seen);
            }
            else
            {
                warnings.Add($"{argument}: no such file or directory");
            }
        }

        return new LogInputs(sources, warnings);
    }

    private static void AddDirectory(string directory, List<LogSource> sources, List<string> warnings, HashSet<string> seen)
    {
        IEnumerable<string> files;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
            files = Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            // An unreadable sub-directory: fall back to what can be listed.
            warnings.Add($"{directory}: {exception.Message}");
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            files = Directory.EnumerateFiles(directory, "*", options).Order(StringComparer.Ordinal).ToList();
        }

        foreach (var file in files)
        {
            if (!IsSidecar(file))
            {
                AddFile(file, file, sources, warnings, seen);
            }
        }
    }

    private static void AddGlob(string pattern, List<LogSource> sources, List<string> warnings, HashSet<string> seen)
    {
        // Split "dir/sub/**/*.log" into the fixed root and the pattern below it.
        var normalised = pattern.Replace('\\', '/');
        var firstWildcard = normalised.IndexOfAny(['*', '?']);
        var rootEnd = normalised.LastIndexOf('/', firstWildcard);
        var root = rootEnd < 0 ? "." : normalised[..rootEnd];
        var relative = rootEnd < 0 ? normalised : normalised[(rootEnd + 1)..];
        if (!Directory.Exists(root))
        {
            warnings.Add($"{pattern}: no such directory {root}");
            return;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        var matches = matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
        if (matches.Count == 0)
        {
            warnings.Add($"{pattern}: no file matches");
        }

        foreach (var match in matches)
        {
            var display = rootEnd < 0 ? Path.GetRelativePath(".", match) : Path.Combine(root, Path.GetRelativePath(root, match));
            AddFile(match, display, sources, warnings, seen);
        }
    }

    private static void AddFile(string path, string display, List<LogSource> sources, List<string> warnings, HashSet<string> seen)
    {
        var full = Path.GetFullPath(path);
        if (!seen.Add(full))
        {
            return;
        }

        try
        {
            // Open once to find unreadable files now rather than half-way through an analysis. A named pipe or
            // device (size 0) can block on open: give it a moment, then leave it out.
            var probe = Task.Run(() =>
            {
                using (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1))
                {
                }
            });
            if (new FileInfo(path).Length == 0 && Task.WaitAny([probe], OpenTimeout) < 0)
            {
                warnings.Add($"{display}: not a regular file (opening it blocks); skipped");
                return;
            }

            probe.GetAwaiter().GetResult();
            sources.Add(LogSource.FromFile(path, display.Replace('\\', '/')));
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            warnings.Add($"{display}: cannot be read ({exception.Message.TrimEnd('.')}); skipped");
        }
    }

    /// <summary>Files a directory of logs holds that are not logs: generator scripts, read-me files.</summary>
    private static bool IsSidecar(string file)
    {
        var extension = Path.GetExtension(file);
        return extension is ".py" or ".sh" or ".md" or ".cs" or ".csx" or ".ps1";
    }
}
