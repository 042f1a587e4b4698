using FsCheck;
using FsCheck.Fluent;
using Hindsight.Format;

namespace Hindsight.Core.Tests.Format;

public class PostmortemFileRoundTripTests
{
    private static readonly Config Properties = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Write_CanonicalSample_ReproducesTheFileByteForByte()
    {
        var text = File.ReadAllText(TestFiles.Sample("booktiful/postmortem.md"));

        var read = PostmortemFile.Parse(text);
        var written = PostmortemFile.Write(read.Postmortem!);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(text, written);
    }

    [Fact]
    public void ParseWriteParse_GeneratedModels_YieldEqualModels()
    {
        Prop.ForAll(PostmortemGenerators.Arbitrary(), postmortem =>
        {
            var written = PostmortemFile.Write(postmortem);
            var read = PostmortemFile.Parse(written);

            Assert.DoesNotContain(read.Diagnostics, d => d.Code is "HS0017" or "HS0016" or "HS0004" or "HS0007" or "HS0008");
            Assert.Equal(PostmortemJson.Serialize(postmortem), PostmortemJson.Serialize(read.Postmortem!));
        }).Check(Properties);
    }

    [Fact]
    public void Write_GeneratedModels_IsIdempotent()
    {
        Prop.ForAll(PostmortemGenerators.Arbitrary(), postmortem =>
        {
            var once = PostmortemFile.Write(postmortem);
            var twice = PostmortemFile.Write(PostmortemFile.Parse(once).Postmortem!);

            Assert.Equal(once, twice);
        }).Check(Properties);
    }
}
