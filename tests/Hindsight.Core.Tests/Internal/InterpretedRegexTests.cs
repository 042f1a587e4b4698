using System.Text.RegularExpressions;
using Hindsight.Internal;

namespace Hindsight.Core.Tests.Internal;

public sealed class InterpretedRegexTests
{
    [Fact]
    public void Get_FirstCall_BuildsTheRegexIntoTheCache()
    {
        Regex? cache = null;

        var regex = InterpretedRegex.Get(ref cache, @"\d+", RegexOptions.CultureInvariant);

        Assert.Same(regex, cache);
        Assert.Equal("42", regex.Match("answer 42").Value);
    }

    [Fact]
    public void Get_LaterCalls_ReuseTheCachedRegex()
    {
        Regex? cache = null;
        var first = InterpretedRegex.Get(ref cache, @"\d+", RegexOptions.None);

        var second = InterpretedRegex.Get(ref cache, @"\d+", RegexOptions.None);

        Assert.Same(first, second);
    }

    [Fact]
    public void Get_BuildsAnInterpretedRegex_NotACompiledOne()
    {
        Regex? cache = null;

        var regex = InterpretedRegex.Get(ref cache, "a|b", RegexOptions.IgnoreCase);

        Assert.False(regex.Options.HasFlag(RegexOptions.Compiled));
        Assert.Equal(RegexOptions.IgnoreCase, regex.Options);
    }
}
