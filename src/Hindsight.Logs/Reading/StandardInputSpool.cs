namespace Hindsight.Logs.Reading;

/// <summary>Copies standard input to a temporary file so it can be read twice (learn, then match) like any file.</summary>
internal static class StandardInputSpool
{
    public static LogSource Spool(Stream input, TimeProvider timeProvider)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hindsight-stdin-{Environment.ProcessId}-{Guid.NewGuid():N}.log");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            input.CopyTo(file, 1 << 20);
        }

        return new LogSource(path, "<stdin>", new FileInfo(path).Length, timeProvider.GetUtcNow()) { IsTemporary = true };
    }
}
