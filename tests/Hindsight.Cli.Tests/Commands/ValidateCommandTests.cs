namespace Hindsight.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_BooktifulSample_ExitsZero()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("booktiful/postmortem.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Validate_InvalidFile_PrintsFileAndLineAndExitsOne()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("bad.md", "---\ntitle: x\nstarted: 2022-02-26 12:00\n---\n");

        var result = CliHarness.Run("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:3: error HS0008:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithoutATrace()
    {
        var result = CliHarness.Run("validate", "/nonexistent/postmortem.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/postmortem.md: cannot read: no such", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Directory_ExitsTwo()
    {
        using var folder = new TemporaryDirectory();

        var result = CliHarness.Run("validate", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotUtf8_ExitsOneWithTheLine()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("latin1.md");
        File.WriteAllBytes(path, [.. "---\ntitle: caf"u8.ToArray(), 0xE9, (byte)'\n', .. "---\n"u8.ToArray()]);

        var result = CliHarness.Run("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:2: error HS0002:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyFile_ExitsOne()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("empty.md", "");

        var result = CliHarness.Run("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:1: error HS0001:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralFiles_ExitCodeIsTheWorst()
    {
        using var folder = new TemporaryDirectory();
        var bad = folder.File("bad.md", "---\ntitle: x\nseverity: SEV9\n---\n");

        var result = CliHarness.Run("validate", CliHarness.Sample("booktiful/postmortem.md"), bad, "/nonexistent.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bad}:3:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoArguments_IsAUsageErrorWithExitTwo()
    {
        var result = CliHarness.Run("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hindsight --help", result.Error, StringComparison.Ordinal);
    }
}
