namespace LoghubGrouping;

/// <summary>
/// Grouping accuracy (GA) and group-level F1 (FGA) of predicted groups against true groups, as defined by Zhu et al.
/// (ICSE-SEIP 2019) and Jiang et al. (ISSTA 2024): a line is correctly grouped when the set of lines of its predicted
/// group equals the set of lines of its true group; a predicted group is correct when it equals a true group.
/// </summary>
internal sealed record GroupingScore(int Lines, int TrueGroups, int PredictedGroups, int CorrectGroups, int CorrectLines)
{
    public double GroupingAccuracy => Lines == 0 ? 0 : (double)CorrectLines / Lines;

    public double GroupF1
    {
        get
        {
            if (CorrectGroups == 0)
            {
                return 0;
            }

            var precision = (double)CorrectGroups / PredictedGroups;
            var recall = (double)CorrectGroups / TrueGroups;
            return 2 * precision * recall / (precision + recall);
        }
    }

    public static GroupingScore Compute(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException($"{truth.Count} true labels but {predicted.Count} predicted labels");
        }

        var trueSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in truth)
        {
            trueSizes[label] = trueSizes.GetValueOrDefault(label) + 1;
        }

        var predictedGroups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!predictedGroups.TryGetValue(predicted[i], out var lines))
            {
                lines = [];
                predictedGroups.Add(predicted[i], lines);
            }

            lines.Add(i);
        }

        var correctGroups = 0;
        var correctLines = 0;
        foreach (var lines in predictedGroups.Values)
        {
            var label = truth[lines[0]];
            if (lines.TrueForAll(line => truth[line] == label) && trueSizes[label] == lines.Count)
            {
                correctGroups++;
                correctLines += lines.Count;
            }
        }

        return new GroupingScore(truth.Count, trueSizes.Count, predictedGroups.Count, correctGroups, correctLines);
    }
}
