using System.CommandLine;
using Hindsight.Cli.Commands;

namespace Hindsight.Cli;

/// <summary>Builds the <c>hindsight</c> command tree and runs it; tests call <see cref="Run"/> with their own writers.</summary>
internal static class HindsightApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        var root = new RootCommand("Hindsight: blameless post-mortems as code.");
        foreach (var command in CreateCommands(clock ?? TimeProvider.System))
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on usage errors; Hindsight keeps 1 for findings, so usage errors exit 2.
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"hindsight: {parseError.Message}");
            }

            error.WriteLine("Run 'hindsight --help' for usage.");
            return ExitCodes.Unusable;
        }

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"hindsight: {exception.Message}");
            return ExitCodes.Unusable;
        }
    }

    private static IEnumerable<Command> CreateCommands(TimeProvider clock)
    {
        yield return NewCommand.Create(clock);
        yield return ValidateCommand.Create();
        yield return ShowCommand.Create();
        yield return ImportCommand.Create();
        yield return LintCommand.Create();
        yield return RenderCommand.Create(clock);
        yield return LogsCommand.Create(clock);
    }
}
