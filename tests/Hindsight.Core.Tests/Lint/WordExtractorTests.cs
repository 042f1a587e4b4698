using Hindsight.Lint.Spelling;

namespace Hindsight.Core.Tests.Lint;

public class WordExtractorTests
{
    [Fact]
    public void Extract_BracketedTagOfALogLine_IsNotAWordToCheck()
    {
        var words = WordExtractor.Extract("nginx[31101]: [emerg] unexpected end of file, see [the status page](https://x)", 1).Select(token => token.Word).ToList();

        Assert.DoesNotContain("emerg", words);
        Assert.Contains("unexpected", words);
        Assert.Contains("status", words);
    }
}
