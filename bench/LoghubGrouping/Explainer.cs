using Hindsight.Logs.Templates;

namespace LoghubGrouping;

/// <summary>Prints the true groups that were not recovered exactly, with the predicted templates they went to.</summary>
internal static class Explainer
{
    public static void Print(GroundTruth truth, List<string> labels, TemplateMiner miner)
    {
        var byTrue = truth.Templates.Select((template, line) => (template, line)).GroupBy(x => x.template);
        var predictedSizes = labels.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in byTrue.OrderByDescending(g => g.Count()))
        {
            var predicted = group.Select(x => labels[x.line]).Distinct().ToList();
            if (predicted.Count == 1 && predictedSizes[predicted[0]] == group.Count())
            {
                continue;
            }

            Console.WriteLine($"  TRUE ({group.Count()}) {group.Key}");
            foreach (var label in predicted)
            {
                var id = int.Parse(label, System.Globalization.CultureInfo.InvariantCulture);
                var text = id >= 0 ? miner.GetTemplate(id) : "(no match)";
                var inGroup = group.Count(x => labels[x.line] == label);
                var example = truth.Contents[group.First(x => labels[x.line] == label).line];
                Console.WriteLine($"    -> {label} ({inGroup}/{predictedSizes[label]}) {text}");
                Console.WriteLine($"       e.g. {example}");
            }
        }
    }
}
