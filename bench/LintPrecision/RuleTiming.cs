using System.Diagnostics;
using Hindsight.Lint;

/// <summary>Times each rule and the document preparation separately, to find where lint spends its time.</summary>
internal static class RuleTiming
{
    public static int Run(IReadOnlyList<string> files, int rounds)
    {
        var texts = files.Select(File.ReadAllText).ToList();
        var perRule = new Dictionary<string, TimeSpan>();
        using var linter = Linter.Create(new LintOptions());
        var checker = Hindsight.Lint.Spelling.HunspellSpellChecker.Start(["en_US", "en_GB"]);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var watch = Stopwatch.StartNew();
                Hindsight.Import.PostmortemImporter.Import(text);
                perRule["~import"] = perRule.GetValueOrDefault("~import") + watch.Elapsed;
                watch.Restart();
                Hindsight.Lint.Text.ProseMask.Apply(text, 0);
                perRule["~prosemask"] = perRule.GetValueOrDefault("~prosemask") + watch.Elapsed;
                watch.Restart();
                var document = LintDocumentLoader.Load("x.md", text).Document!;
                perRule["~load"] = perRule.GetValueOrDefault("~load") + watch.Elapsed;
                watch.Restart();
                _ = document.Temporal;
                perRule["~temporal"] = perRule.GetValueOrDefault("~temporal") + watch.Elapsed;

                watch.Restart();
                var glossary = Hindsight.Lint.Spelling.Glossary.For(document, new LintOptions());
                perRule["~glossary"] = perRule.GetValueOrDefault("~glossary") + watch.Elapsed;
                watch.Restart();
                var tokens = new List<Hindsight.Lint.Spelling.WordToken>();
                for (var line = 1; line <= document.ProseLines.Count; line++)
                {
                    tokens.AddRange(Hindsight.Lint.Spelling.WordExtractor.Extract(document.Prose(line), line));
                }

                perRule["~extract"] = perRule.GetValueOrDefault("~extract") + watch.Elapsed;
                watch.Restart();
                checker.FindMisspelled(tokens.Select(token => token.Word).Distinct().ToList());
                perRule["~spell-check"] = perRule.GetValueOrDefault("~spell-check") + watch.Elapsed;
                var context = new LintContext(document, new LintOptions(), checker);
                foreach (var rule in RuleCatalogue.Rules)
                {
                    watch.Restart();
                    context.Begin(rule.Descriptor);
                    rule.Check(context);
                    perRule[rule.Descriptor.Id] = perRule.GetValueOrDefault(rule.Descriptor.Id) + watch.Elapsed;
                }
            }
        }

        var documents = rounds * texts.Count;
        Console.WriteLine($"words asked: {checker.WordsAsked}");
        Console.WriteLine("phases start with ~ (~load = import + prose mask + outline); other lines are rules");
        foreach (var (rule, time) in perRule.OrderByDescending(pair => pair.Value))
        {
            Console.WriteLine($"{rule}: {time.TotalMilliseconds / documents:F3} ms per document");
        }

        checker.Dispose();
        return 0;
    }
}
