namespace Hindsight.Logs.Timeline;

/// <summary>
/// Short names for log files in timeline text ("web-01"): the first folder below the folder all files share, or the
/// file name when files sit side by side.
/// </summary>
internal sealed class SourceLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public SourceLabels(IEnumerable<string> displayNames)
    {
        var names = displayNames.Distinct(StringComparer.Ordinal).ToList();
        var split = names.Select(name => name.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var common = 0;
        if (split.Count > 0)
        {
            var shortest = split.Min(parts => parts.Length) - 1;
            while (common < shortest && split.All(parts => parts[common] == split[0][common]))
            {
                common++;
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var parts = split[i];
            _labels[names[i]] = parts.Length == 0 ? names[i] : parts.Length - common > 1 ? parts[common] : parts[^1];
        }
    }

    /// <summary>"web-01 (nginx/access.log)": the label and, when it is a folder, the file below it.</summary>
    public string Describe(string displayName)
    {
        var label = this[displayName];
        var marker = "/" + label + "/";
        var index = displayName.IndexOf(marker, StringComparison.Ordinal);
        if (displayName.StartsWith(label + "/", StringComparison.Ordinal))
        {
            return $"{label} ({displayName[(label.Length + 1)..]})";
        }

        return index >= 0 ? $"{label} ({displayName[(index + marker.Length)..]})" : label;
    }

    public string this[string displayName] => _labels.TryGetValue(displayName, out var label) ? label : displayName;
}
