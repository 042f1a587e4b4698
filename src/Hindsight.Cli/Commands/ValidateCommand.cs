using System.CommandLine;
using Hindsight.Diagnostics;

namespace Hindsight.Cli.Commands;

/// <summary><c>hindsight validate</c>: checks post-mortem files and prints each problem as <c>FILE:LINE: message</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Post-mortem files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check post-mortem files; exit 0 when valid, 1 when invalid, 2 when a file cannot be read.") { files };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var exitCode = ExitCodes.Success;
            foreach (var file in parseResult.GetValue(files)!)
            {
                var read = PostmortemReader.TryRead(file, parseResult.InvocationConfiguration.Error);
                if (read is null)
                {
                    exitCode = ExitCodes.Unusable;
                    continue;
                }

                foreach (var diagnostic in read.Diagnostics)
                {
                    output.WriteLine(diagnostic.Format(file));
                }

                if (read.HasErrors)
                {
                    exitCode = Math.Max(exitCode, ExitCodes.Findings);
                }
                else
                {
                    var warnings = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                    output.WriteLine(warnings == 0 ? $"{file}: valid" : $"{file}: valid, {warnings} warning(s)");
                }
            }

            return exitCode;
        });
        return command;
    }
}
