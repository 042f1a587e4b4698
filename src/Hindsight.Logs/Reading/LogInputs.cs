namespace Hindsight.Logs.Reading;

/// <summary>The readable files an argument list resolved to, and what could not be used.</summary>
/// <param name="Sources">The files to read, in argument order (directories and globs sorted by path).</param>
/// <param name="Warnings">Arguments or files skipped, each with the reason.</param>
public sealed record LogInputs(IReadOnlyList<LogSource> Sources, IReadOnlyList<string> Warnings) : IDisposable
{
    /// <summary>Deletes the temporary copy of standard input, if one was made.</summary>
    public void Dispose()
    {
        foreach (var source in Sources.Where(source => source.IsTemporary))
        {
            try
            {
                File.Delete(source.Path);
            }
            catch (IOException)
            {
                // Left in the temporary folder, which the system cleans.
            }
        }
    }
}
