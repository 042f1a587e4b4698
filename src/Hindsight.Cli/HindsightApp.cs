using System.CommandLine;
using Hindsight.Cli.Commands;

namespace Hindsight.Cli;

/// <summary>Builds the <c>hindsight</c> command tree and runs it; tests call <see cref="Run"/> with their own writers.</summary>
internal static class HindsightApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Hindsight: blameless post-mortems as code.");
        foreach (var command in CreateCommands())
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"hindsight: {exception.Message}");
            return ExitCodes.Unusable;
        }
    }

    private static IEnumerable<Command> CreateCommands()
    {
        yield return LintCommand.Create();
    }
}
