using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Cli.Tests;

/// <summary>Runs the <c>hindsight</c> command tree in-process and captures what it prints.</summary>
internal static class CliHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = HindsightApp.Run(args, output, error, new FakeTimeProvider(Now));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

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

internal sealed record CliResult(int ExitCode, string Output, string Error);
