namespace Hindsight.Benchmarks.Templates;

/// <summary>Raw Loghub-2k lines read in place from the shared corpus at run time (never copied into the repository).</summary>
public static class LoghubLines
{
    public static GeneratedMessages? Load(int count)
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            return null;
        }

        var source = new List<string>();
        foreach (var directory in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(directory, Path.GetFileName(directory) + "_2k.log");
            if (File.Exists(file))
            {
                source.AddRange(File.ReadLines(file));
            }
        }

        if (source.Count == 0)
        {
            return null;
        }

        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            lines.Add(source[i % source.Count]);
        }

        return GeneratedMessages.FromLines(lines);
    }

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "loghub");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
