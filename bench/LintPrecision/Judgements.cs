using System.Globalization;

/// <summary>
/// Reads judgements.tsv: one judged finding a line, <c>file TAB rule TAB line TAB verdict TAB reason</c>, where the
/// verdict is <c>true</c> (a real problem) or <c>false</c> (a false positive). Lines starting with # are comments.
/// </summary>
internal static class Judgements
{
    public static Dictionary<(string File, string Rule, int Line), bool> Load(string path)
    {
        var verdicts = new Dictionary<(string, string, int), bool>();
        if (!File.Exists(path))
        {
            return verdicts;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            var verdict = fields[3] switch
            {
                "true" => true,
                "false" => false,
                _ => throw new FormatException($"{path}: verdict must be true or false: {line}"),
            };
            verdicts[(fields[0], fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture))] = verdict;
        }

        return verdicts;
    }
}
