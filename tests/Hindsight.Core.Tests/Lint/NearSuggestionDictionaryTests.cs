using System.Text;
using Hindsight.Lint.Spelling;

namespace Hindsight.Core.Tests.Lint;

public sealed class NearSuggestionDictionaryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hindsight-near-dictionary-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Create_ReplacesTheAffixFilesOwnNgramLimit_SoHunspellStillLoadsIt()
    {
        // Hunspell refuses an affix file that sets MAXNGRAMSUGS twice, so the copy must replace the line, not add one.
        var dictionary = WriteDictionary("SET UTF-8\nTRY esianrtolcdugmfphbyvkw\nMAXNGRAMSUGS 4\n");

        using var near = NearSuggestionDictionary.Create(dictionary);

        Assert.NotNull(near);
        var affix = File.ReadAllLines(near.Names + ".aff");
        Assert.Equal(["MAXNGRAMSUGS 0"], affix.Where(line => line.StartsWith("MAXNGRAMSUGS", StringComparison.Ordinal)));
        using var checker = HunspellSpellChecker.Start([dictionary]);
        Assert.Contains("network", checker.SuggestNear(["netwrok"])["netwrok"]);
    }

    [Fact]
    public void Create_KeepsTheAffixFilesBytes_InItsOwnEncoding()
    {
        var dictionary = WriteDictionary("SET ISO8859-1\nTRY esianrtolcdugmfphbyvkw\u00e9\n", Encoding.Latin1);

        using var near = NearSuggestionDictionary.Create(dictionary);

        Assert.NotNull(near);
        Assert.Equal(
            [.. File.ReadAllBytes(dictionary + ".aff"), .. Encoding.Latin1.GetBytes("MAXNGRAMSUGS 0\n")],
            File.ReadAllBytes(near.Names + ".aff"));
    }

    [Fact]
    public void Create_AffixFileWithAByteOrderMark_IsCopiedByteForByte()
    {
        // A UTF-8 byte-order mark must not make the copy decode the file as UTF-8 and write it back as Latin-1.
        var affix = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("SET UTF-8\nTRY esia\u00e9\u0142\n")];
        var dictionary = WriteDictionary("");
        File.WriteAllBytes(dictionary + ".aff", affix);

        using var near = NearSuggestionDictionary.Create(dictionary);

        Assert.NotNull(near);
        Assert.Equal([.. affix, .. Encoding.Latin1.GetBytes("MAXNGRAMSUGS 0\n")], File.ReadAllBytes(near.Names + ".aff"));
    }

    [Fact]
    public void Dispose_RemovesTheCopy()
    {
        var near = NearSuggestionDictionary.Create(WriteDictionary("SET UTF-8\n"));
        Assert.NotNull(near);
        var folder = Path.GetDirectoryName(near.Names)!;

        near.Dispose();

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Create_DictionaryNotFound_IsNull() =>
        Assert.Null(NearSuggestionDictionary.Create(Path.Combine(Path.GetTempPath(), "hindsight-no-such-dictionary", "xx_NOPE")));

    private string WriteDictionary(string affix, Encoding? encoding = null)
    {
        var directory = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "custom");
        File.WriteAllText(path + ".aff", affix, encoding ?? new UTF8Encoding(false));
        File.WriteAllText(path + ".dic", "3\nnetwork\nserver\noutage\n", new UTF8Encoding(false));
        return path;
    }
}
