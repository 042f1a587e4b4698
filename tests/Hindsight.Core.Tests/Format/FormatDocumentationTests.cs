using Hindsight.Format;

namespace Hindsight.Core.Tests.Format;

public class FormatDocumentationTests
{
    private static string Example()
    {
        var document = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "FORMAT.md"));
        var start = document.IndexOf("```markdown\n", document.IndexOf("<!-- format-example:start -->", StringComparison.Ordinal), StringComparison.Ordinal) + "```markdown\n".Length;
        var end = document.IndexOf("```\n<!-- format-example:end -->", start, StringComparison.Ordinal);
        return document[start..end];
    }

    [Fact]
    public void CompleteExample_IsValidWithoutWarnings()
    {
        var read = PostmortemFile.Parse(Example());

        Assert.Empty(read.Diagnostics);
        var postmortem = read.Postmortem!;
        Assert.Equal(5, postmortem.Timeline.Count);
        Assert.Equal(2, postmortem.ContributingFactors[0].WhyDepth);
        Assert.Equal(["F1", "F2"], postmortem.ActionItems[2].Factors);
        Assert.Equal(Hindsight.Model.ActionStatus.InProgress, postmortem.ActionItems[1].Status);
        Assert.Equal("Payments on-call engineer", postmortem.Interviews[0].Participant);
    }

    [Fact]
    public void CompleteExample_IsCanonical()
    {
        var example = Example();

        Assert.Equal(example, PostmortemFile.Write(PostmortemFile.Parse(example).Postmortem!));
    }
}
