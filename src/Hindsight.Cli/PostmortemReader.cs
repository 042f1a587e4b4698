using Hindsight.Format;

namespace Hindsight.Cli;

/// <summary>Reads a post-mortem file for a command, turning I/O failures into one clear line instead of a trace.</summary>
internal static class PostmortemReader
{
    /// <summary>The read result, or <see langword="null"/> after writing why the file cannot be read to <paramref name="error"/>.</summary>
    public static PostmortemReadResult? TryRead(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"{path}: cannot read: it is a directory, not a file");
            return null;
        }

        try
        {
            return PostmortemFile.Read(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot read: {Describe(exception)}");
            return null;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
