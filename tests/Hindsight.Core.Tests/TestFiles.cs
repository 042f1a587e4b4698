namespace Hindsight.Core.Tests;

/// <summary>Finds files of the repository (samples, docs) from the test's output folder.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sample(string relativePath) => Path.Combine(RepositoryRoot, "samples", relativePath);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hindsight.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hindsight.slnx not found above " + AppContext.BaseDirectory);
    }
}
