namespace Hindsight.Logs.Signals;

/// <summary>One line quoted as evidence.</summary>
/// <param name="File">The file as reports name it.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Timestamp">The line's time, if it has one.</param>
/// <param name="Message">The line's message.</param>
public sealed record LogExample(string File, long Line, DateTimeOffset? Timestamp, string Message)
{
    /// <summary>The <c>file:line</c> reference.</summary>
    public string Reference => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{Line}");
}
