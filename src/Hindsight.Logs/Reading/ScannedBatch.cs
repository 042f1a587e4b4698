namespace Hindsight.Logs.Reading;

/// <summary>A batch of lines in read order with their templates; valid only during the callback that receives it.</summary>
/// <param name="Text">The messages of the batch, one after the other.</param>
/// <param name="Lines">The lines; only the first <paramref name="Count"/> are in use.</param>
/// <param name="Count">How many lines the batch holds.</param>
public readonly record struct ScannedBatch(ReadOnlyMemory<char> Text, ScannedLine[] Lines, int Count)
{
    /// <summary>The message of line <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> ContentOf(int index) => Text.Span[Lines[index].Content];
}
