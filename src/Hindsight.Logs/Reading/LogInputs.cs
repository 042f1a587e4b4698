namespace Hindsight.Logs.Reading;

/// <summary>The readable files an argument list resolved to, and what could not be used.</summary>
/// <param name="Sources">The files to read, in argument order (directories and globs sorted by path).</param>
/// <param name="Warnings">Arguments or files skipped, each with the reason.</param>
public sealed record LogInputs(IReadOnlyList<LogSource> Sources, IReadOnlyList<string> Warnings);
