using Hindsight.Logs.Output;

namespace Hindsight.Logs.Tests.Output;

public sealed class StructuredCsvWriterTests
{
    [Theory]
    [InlineData("plain <*>", "plain <*>")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Quote_CsvField_FollowsRfc4180(string field, string expected) =>
        Assert.Equal(expected, StructuredCsvWriter.Quote(field));
}
