using System.Runtime.CompilerServices;

namespace Hindsight.Format;

/// <summary>
/// Remembers on which line of a file each part of a model was written, so that checks made later on the model can
/// still point at the file.
/// </summary>
public sealed class SourceMap
{
    private readonly ConditionalWeakTable<object, Dictionary<string, int>> _lines = [];

    /// <summary>An empty map, for models that were not read from a file.</summary>
    public static SourceMap None { get; } = new();

    /// <summary>Records that <paramref name="field"/> of <paramref name="node"/> (or the node itself when the field is empty) starts on <paramref name="line"/>.</summary>
    public void Record(object node, int line, string field = "")
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(field);
        _lines.GetOrCreateValue(node)[field] = line;
    }

    /// <summary>The 1-based line where <paramref name="field"/> of <paramref name="node"/> was read; falls back to the node's own line, then 0.</summary>
    public int LineOf(object node, string field = "")
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(field);
        if (!_lines.TryGetValue(node, out var fields))
        {
            return 0;
        }

        return fields.TryGetValue(field, out var line) ? line : fields.GetValueOrDefault("");
    }
}
