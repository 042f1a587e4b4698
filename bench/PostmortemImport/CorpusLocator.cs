namespace Hindsight.Bench.PostmortemImport;

/// <summary>Finds <c>shared/corpus/postmortems</c> beside the repository (CI clones the repository with <c>shared/</c> next to it).</summary>
internal static class CorpusLocator
{
    public static string? Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        if (Environment.GetEnvironmentVariable("HINDSIGHT_SHARED") is { Length: > 0 } shared)
        {
            var fromEnvironment = Path.Combine(shared, "corpus", "postmortems");
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        var root = RepositoryRoot();
        // <repo>/../shared is the documented layout; a worktree one level deeper finds it one level further up.
        for (var directory = root is null ? null : Directory.GetParent(root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "postmortems");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Hindsight.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }
}
