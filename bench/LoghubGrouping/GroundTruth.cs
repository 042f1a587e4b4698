using System.Globalization;
using IOPath = System.IO.Path;

namespace LoghubGrouping;

/// <summary>One Loghub-2k system's corrected ground truth: line ids, messages and true templates.</summary>
internal sealed record GroundTruth(string System, string Path, List<int> LineIds, List<string> Contents, List<string> Templates)
{
    /// <summary>
    /// Finds the systems of a Loghub tree: every folder that holds corrected 2k ground truth, preferring the
    /// Loghub-2.0 re-export and falling back to logparser's corrected copy (see the corpus PROVENANCE.md).
    /// </summary>
    public static IEnumerable<GroundTruth> Discover(string corpus)
    {
        foreach (var directory in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var system = IOPath.GetFileName(directory);
            var file = $"{system}_2k.log_structured_corrected.csv";
            var candidates = new[]
            {
                IOPath.Combine(directory, "loghub-2.0", file),
                IOPath.Combine(directory, "logparser-corrected", file),
            };
            var path = Array.Find(candidates, candidate => File.Exists(candidate));
            if (path is not null)
            {
                yield return Read(system, path);
            }
        }
    }

    private static GroundTruth Read(string system, string path)
    {
        var table = CsvTable.Read(path);
        var lineId = table.Column("LineId");
        var content = table.Column("Content");
        var template = table.Column("EventTemplate");
        var lineIds = new List<int>();
        var contents = new List<string>();
        var templates = new List<string>();
        foreach (var row in table.Rows)
        {
            lineIds.Add(int.Parse(row[lineId], CultureInfo.InvariantCulture));
            contents.Add(row[content]);
            templates.Add(row[template]);
        }

        return new GroundTruth(system, path, lineIds, contents, templates);
    }
}
