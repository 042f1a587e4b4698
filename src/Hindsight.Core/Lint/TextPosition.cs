namespace Hindsight.Lint;

/// <summary>A 1-based line and column in a document.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    public static TextPosition Document { get; } = new(0, 0);
}
