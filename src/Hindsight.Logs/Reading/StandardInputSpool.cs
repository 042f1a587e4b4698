namespace Hindsight.Logs.Reading;

/// <summary>Copies standard input to a temporary file so it can be read twice (learn, then match) like any file.</summary>
internal static class StandardInputSpool
{
    private static readonly List<string> SpooledFiles = [];

    public static LogSource Spool(Stream input, TimeProvider timeProvider)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hindsight-stdin-{Environment.ProcessId}-{Guid.NewGuid():N}.log");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.None))
        {
            input.CopyTo(file, 1 << 20);
        }

        lock (SpooledFiles)
        {
            SpooledFiles.Add(path);
        }

        return new LogSource(path, "<stdin>", new FileInfo(path).Length, timeProvider.GetUtcNow());
    }

    /// <summary>Deletes the temporary copies made so far.</summary>
    public static void DeleteSpooledFiles()
    {
        string[] paths;
        lock (SpooledFiles)
        {
            paths = [.. SpooledFiles];
            SpooledFiles.Clear();
        }

        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Left in the temporary directory, which the system cleans.
            }
        }
    }

}
