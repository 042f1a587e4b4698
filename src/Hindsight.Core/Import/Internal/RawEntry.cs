namespace Hindsight.Import.Internal;

/// <summary>A timeline entry as read, before its instant is resolved.</summary>
internal sealed class RawEntry(int line, TimeExpression stamp, string text)
{
    public int Line { get; } = line;

    public TimeExpression Stamp { get; } = stamp;

    public string Text { get; set; } = text;

    /// <summary>The date of the nearest date line above the entry ("#### August 15, 2024"), if any.</summary>
    public TimeExpression? ContextDate { get; init; }
}
