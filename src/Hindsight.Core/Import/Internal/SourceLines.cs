namespace Hindsight.Import.Internal;

/// <summary>Walks classified lines the way the readers look ahead.</summary>
internal static class SourceLines
{
    /// <summary>The first line from <paramref name="start"/> on that holds content (not blank, not a decoration), if any.</summary>
    public static SourceLine? NextContent(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var index = start; index < lines.Count; index++)
        {
            if (!lines[index].IsBlank && lines[index].Kind != LineKind.Decoration)
            {
                return lines[index];
            }
        }

        return null;
    }
}
