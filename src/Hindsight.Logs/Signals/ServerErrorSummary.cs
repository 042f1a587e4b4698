namespace Hindsight.Logs.Signals;

/// <summary>The HTTP 5xx responses one file recorded inside the window.</summary>
/// <param name="File">The file as reports name it.</param>
/// <param name="First">The first 5xx line.</param>
/// <param name="FirstStatus">Its status.</param>
/// <param name="Count">5xx lines in the window.</param>
/// <param name="Last">The time of the last one.</param>
/// <param name="LastLine">The line number of the last one.</param>
public sealed record ServerErrorSummary(string File, LogExample First, int FirstStatus, long Count, DateTimeOffset? Last, long LastLine)
{
    /// <summary>The <c>file:line</c> of the last 5xx line.</summary>
    public string LastReference => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{LastLine}");
}
