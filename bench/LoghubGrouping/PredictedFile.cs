using System.Globalization;

namespace LoghubGrouping;

/// <summary>Reads the CSV written by <c>hindsight logs parse</c> (header LineId,Timestamp,Level,EventId,EventTemplate).</summary>
internal static class PredictedFile
{
    public static List<string> Read(string path, GroundTruth truth)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no parse output for {truth.System}", path);
        }

        var table = CsvTable.Read(path);
        var lineId = table.Column("LineId");
        var eventId = table.Column("EventId");
        var byLine = new Dictionary<int, string>();
        foreach (var row in table.Rows)
        {
            byLine[int.Parse(row[lineId], CultureInfo.InvariantCulture)] = row[eventId];
        }

        var labels = new List<string>(truth.LineIds.Count);
        foreach (var line in truth.LineIds)
        {
            labels.Add(byLine.TryGetValue(line, out var label)
                ? label
                : throw new InvalidDataException($"{path}: no row for LineId {line}"));
        }

        return labels;
    }
}
