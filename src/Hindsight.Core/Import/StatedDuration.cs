namespace Hindsight.Import;

/// <summary>How long the outage lasted, in the words of the document.</summary>
/// <param name="LengthText">The stated length exactly as written (for example <c>1 hour and 45 minutes</c>), or <see langword="null"/>.</param>
/// <param name="LengthLine">The 1-based line of <paramref name="LengthText"/>; 0 when absent.</param>
/// <param name="Length">The stated length, when it could be read.</param>
/// <param name="StartText">The stated start of the outage exactly as written, or <see langword="null"/>.</param>
/// <param name="StartLine">The 1-based line of <paramref name="StartText"/>; 0 when absent.</param>
/// <param name="EndText">The stated end of the outage exactly as written, or <see langword="null"/>.</param>
/// <param name="EndLine">The 1-based line of <paramref name="EndText"/>; 0 when absent.</param>
public sealed record StatedDuration(
    string? LengthText,
    int LengthLine,
    TimeSpan? Length,
    string? StartText,
    int StartLine,
    string? EndText,
    int EndLine)
{
    /// <summary>No duration stated.</summary>
    public static StatedDuration None { get; } = new(null, 0, null, null, 0, null, 0);

    /// <summary>Whether the document states the outage's length, or both a start and an end clock time.</summary>
    public bool IsStated => LengthText is not null || (StartText is not null && EndText is not null);
}
