namespace Hindsight.Logs.Formats;

/// <summary>The format chosen for a file and how well it fitted the sample.</summary>
/// <param name="Format">The chosen format, or <see langword="null"/> when no sample line had a known layout.</param>
/// <param name="SampleLines">How many non-empty lines the sample held.</param>
/// <param name="MatchedLines">How many of them the chosen format read.</param>
public sealed record FormatDetection(LogFormat? Format, int SampleLines, int MatchedLines)
{
    /// <summary>The format's name, or a phrase saying none was found.</summary>
    public string Description => Format?.Name ?? "no known format (lines read as plain text, without timestamps)";
}
