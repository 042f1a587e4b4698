using FsCheck;
using FsCheck.Fluent;
using Hindsight.Diagnostics;
using Hindsight.Format;

namespace Hindsight.Core.Tests.Format;

public class PostmortemFileFuzzTests
{
    private static readonly string[] Fragments =
    [
        "---\n", "title: x\n", "tags: [a, b\n", "{", "}", "[", "]", ": ", "- ", "  ", "\n", "## Timeline\n", "## Action items\n",
        "| ID | Action |\n", "| --- | --- |\n", "| A1 | do |\n", "- **2022-02-26 12:00 +03:00** · detection — x\n", "- **F1** · ", "\"", "'",
        "started: 2022-02-30T10:00Z\n", "&anchor ", "*anchor ", "!!binary ", "# ", "<!-- ", " -->", "\t", "é", "\u0000", "severity: SEV9\n",
        "  - Why? ", "### What went well\n", "## Interviews\n", "### Ops · 2022-13-01\n", "impact:\n  cost: lots\n", "participants: 3\n",
    ];

    [Fact]
    public void Parse_RandomFragments_NeverThrows()
    {
        var documents =
            from prefix in Gen.Elements("", "---\n", "---\ntitle: t\n---\n")
            from parts in Gen.Elements(Fragments).ListOf()
            select prefix + string.Concat(parts);

        Prop.ForAll(documents.ToArbitrary(), text =>
        {
            var read = PostmortemFile.Parse(text);

            Assert.NotNull(read.Diagnostics);
            if (read.Postmortem is not null)
            {
                PostmortemFile.Write(read.Postmortem);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact(Timeout = 30_000)]
    public async Task Parse_FrontMatterThatYamlDotNetScansAsEndlessErrors_ReportsItAndReturns()
    {
        // Found by the generator above: YamlDotNet's scanner answers this with the same error token for ever, so
        // looking for the last readable line of the front matter never ended.
        const string frontMatter = "  : \u00e9 -->[\u00e9participants: 3\n}impact:\n  cost: lots\n[| --- | --- |\n"
            + "\u00e9*anchor started: 2022-02-30T10:00Z\n| ID | Action |\nstarted: 2022-02-30T10:00Z";

        var read = await Task.Run(() => PostmortemFile.Parse("---\n" + frontMatter + "\n---\n\n## Timeline\n"));

        var diagnostic = Assert.Single(read.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.MalformedYaml);
        Assert.InRange(diagnostic.Line, 2, 8);
    }

    [Fact]
    public void Parse_FrontMatterAliasesUsedAsKeys_AreRejected_NotLoaded()
    {
        // YamlDotNet overflows the stack on this (its issue 1027), which would kill the process: no handler catches it.
        var read = PostmortemFile.Parse("---\ntitle: t\nm: {*a : 1, *a : 2}\nx: &a y\n---\n\n## Timeline\n");

        var diagnostic = Assert.Single(read.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.MalformedYaml);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("aliases are not read", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentOpenedInAListItemAndNeverClosedAtTheEnd_KeepsTheTextBeforeIt()
    {
        // Found by the generator above: Markdig ends this list's span past the end of the text.
        var read = PostmortemFile.Parse("---\ntitle: t\n---\n- <!-- ]## Timeline\n\n  - Why?  -->");

        Assert.NotNull(read.Postmortem);
        Assert.Contains(read.Postmortem.ExtraSections, section => section.Body.StartsWith("- <!--", StringComparison.Ordinal));
    }
}
