using FsCheck;
using FsCheck.Fluent;
using Hindsight.Import;

namespace Hindsight.Core.Tests.Import;

public class PostmortemImporterFuzzTests
{
    private static readonly string[] Fragments =
    [
        "# ", "## Timeline\n", "Timeline\n", "Issue Summary:\n", "**Impact**: ", "Root Cause:\n", "## Corrective and Preventative Measures\n",
        "- ", "* ", "1. ", "    ", "\t", "\n", "\n\n", "10:45 AM EAT - ", "Saturday 26th February 1200 hours (East Africa Time)", "14:02 - 14:30",
        "Day 2, 09:00", "2023-03-01 14:02 UTC", "31/02/2022", "25:99", "99%", "1,000,000 users", "```markdown\n", "```\n", "<li><strong>",
        "</strong>", "</li>", "<span style=\"x\">", "|", "| --- |", "---\n", "===\n", "**", "*", "_", "[", "](", ")", "é", "\u0000", "\r\n", "•\t",
        "Improvements:\n", "Tasks:\n", "Start Time: ", "End Time: ", "(UTC+14)", "UTC-99", "CST", "IST", "Febraury", "Day 0,", "^[1](x)^",
    ];

    [Fact]
    public void Import_RandomFragments_NeverThrows()
    {
        var documents = Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));

        Prop.ForAll(documents.ToArbitrary(), text =>
        {
            var result = PostmortemImporter.Import(text);

            Assert.NotNull(result.Postmortem);
            Assert.All(result.Postmortem.Timeline, entry => Assert.True(entry.At is not null || entry.UnresolvedReason is not null));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }

    private static readonly string[] FrontMatterFragments =
    [
        "title: ", "date: ", "2024-02-29", "March 1, 2023", "status: draft\n", "status: resolved\n", "severity: SEV2\n", "id: x\n",
        "timezone: UTC\n", "started: 2024-03-07T14:02:00+01:00\n", "layout: post\n", "tags:\n", "  - a\n", "\"", "'", ": ", ">\n",
        "[", "{", "&a", "*a", "\n", "---\n", "...\n", "# ", "## Timeline\n", "- **2024-03-07 14:02 +01:00** · alert — ", "- 10:00 UTC - ",
        "\t", "é", "\u0000",
    ];

    [Fact]
    public void Import_RandomFrontMatter_NeverThrows()
    {
        var documents = Gen.Elements(FrontMatterFragments).ListOf().Select(parts => "---\n" + string.Concat(parts));

        Prop.ForAll(documents.ToArbitrary(), text =>
        {
            var result = PostmortemImporter.Import(text);

            Assert.NotNull(result.Postmortem);
            if (!result.IsHindsightFile)
            {
                Assert.All(result.Postmortem.Timeline, entry => Assert.True(entry.At is not null || entry.UnresolvedReason is not null));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }

    [Fact]
    public void Import_ArbitraryStrings_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = PostmortemImporter.Import(text);

            Assert.NotNull(result.Diagnostics);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void Import_FixtureWithLinesRemoved_NeverThrows()
    {
        var fixtures = new[] { "alx-plain.md", "alx-html.md", "google-style.md", "code-fenced.md", "times.md", "booktiful-report.md" }
            .Select(name => ImportFixtures.Text(name).Split('\n')).ToArray();
        var variants =
            from fixture in Gen.Elements(fixtures)
            from keep in Gen.Elements(true, true, false).ArrayOf(fixture.Length)
            select string.Join('\n', fixture.Where((_, index) => keep[index]));

        Prop.ForAll(variants.ToArbitrary(), text => Assert.NotNull(PostmortemImporter.Import(text).Postmortem))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
