using System.CommandLine;
using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Lint;
using Hindsight.Lint.Output;

namespace Hindsight.Cli.Commands;

/// <summary><c>hindsight lint FILE... [--json | --sarif] [--config FILE] [--fail-on error|warning|info]</c>.</summary>
internal static class LintCommand
{
    /// <summary>The configuration file read from the working directory when <c>--config</c> is not given.</summary>
    public const string DefaultConfigurationFile = "hindsight.lint.yaml";

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Post-mortems to lint: Hindsight files or free Markdown." };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var sarif = new Option<bool>("--sarif") { Description = "Print the findings as a SARIF 2.1.0 log for code-scanning tools." };
        var config = new Option<string?>("--config") { Description = $"Lint configuration (YAML); defaults to ./{DefaultConfigurationFile} when present." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding has at least this severity.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");

        var command = new Command("lint", "Review post-mortems: timing, impact, blameless language, depth of analysis, action items, spelling.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(sarif);
        command.Options.Add(config);
        command.Options.Add(failOn);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files) ?? [],
            parseResult.GetValue(json),
            parseResult.GetValue(sarif),
            parseResult.GetValue(config),
            parseResult.GetValue(failOn) ?? "error",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] files, bool json, bool sarif, string? configPath, string failOn, TextWriter output, TextWriter error)
    {
        if (json && sarif)
        {
            error.WriteLine("hindsight lint: choose one of --json and --sarif.");
            return ExitCodes.Unusable;
        }

        LintOptions options;
        try
        {
            options = configPath is not null ? LintConfiguration.Load(configPath)
                : File.Exists(DefaultConfigurationFile) ? LintConfiguration.Load(DefaultConfigurationFile)
                : new LintOptions();
        }
        catch (LintConfigurationException exception)
        {
            error.WriteLine($"hindsight lint: {exception.Message}");
            return ExitCodes.Unusable;
        }

        using var linter = Linter.Create(options);
        var notices = new List<string>();
        if (linter.SpellingUnavailableReason is { } reason)
        {
            notices.Add($"spelling (HL601) was not checked: {reason}");
        }

        if (linter.Notice is { } runNotice)
        {
            notices.Add(runNotice);
        }

        var results = files.Select(linter.LintFile).ToList();
        foreach (var notice in notices)
        {
            error.WriteLine($"hindsight lint: {notice}");
        }

        foreach (var unusable in results.Where(result => !result.IsUsable))
        {
            error.WriteLine($"{unusable.Path}: error: {unusable.Error}");
        }

        if (sarif)
        {
            SarifWriter.Write(results, notices, output);
        }
        else if (json)
        {
            LintJsonWriter.Write(results, output);
        }
        else
        {
            WriteText(results, output);
        }

        var threshold = failOn switch
        {
            "warning" => DiagnosticSeverity.Warning,
            "info" => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Error,
        };
        if (results.Any(result => !result.IsUsable))
        {
            return ExitCodes.Unusable;
        }

        return results.SelectMany(result => result.Findings).Any(finding => finding.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void WriteText(List<LintResult> results, TextWriter output)
    {
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                output.WriteLine(finding.Format(result.Path));
            }
        }

        var all = results.SelectMany(result => result.Findings).ToList();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(all, DiagnosticSeverity.Error, "error")}, {Count(all, DiagnosticSeverity.Warning, "warning")}, {Count(all, DiagnosticSeverity.Info, "info")} in {results.Count} file{(results.Count == 1 ? "" : "s")}."));
    }

    private static string Count(List<LintFinding> findings, DiagnosticSeverity severity, string name)
    {
        var count = findings.Count(finding => finding.Severity == severity);
        return string.Create(CultureInfo.InvariantCulture, $"{count} {name}{(count == 1 || name == "info" ? "" : "s")}");
    }
}
