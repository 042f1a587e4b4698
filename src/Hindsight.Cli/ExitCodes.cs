namespace Hindsight.Cli;

/// <summary>The exit codes every command shares, so scripts and CI can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything is fine.</summary>
    public const int Success = 0;

    /// <summary>The input was read and has problems (invalid document, lint findings).</summary>
    public const int Findings = 1;

    /// <summary>The input could not be used at all (unreadable file, usage error).</summary>
    public const int Unusable = 2;
}
