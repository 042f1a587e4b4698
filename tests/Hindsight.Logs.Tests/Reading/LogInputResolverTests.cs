using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Tests.Reading;

public class LogInputResolverTests
{
    [Fact]
    public void Resolve_Directory_ListsFilesRecursivelyInPathOrderAndSkipsScripts()
    {
        using var directory = new TempDirectory();
        directory.File("b/app.log", "x\n");
        directory.File("a/syslog", "x\n");
        directory.File("generate.py", "print()\n");

        var inputs = LogInputResolver.Resolve([directory.Path], null, TimeProvider.System);

        Assert.Equal(["a/syslog", "b/app.log"], inputs.Sources.Select(source => Path.GetRelativePath(directory.Path, source.Path).Replace('\\', '/')));
        Assert.Empty(inputs.Warnings);
    }

    [Fact]
    public void Resolve_Glob_MatchesWithFileSystemGlobbing()
    {
        using var directory = new TempDirectory();
        directory.File("web/one.log", "x\n");
        directory.File("web/deep/two.log", "x\n");
        directory.File("web/three.txt", "x\n");

        var inputs = LogInputResolver.Resolve([directory.Path + "/web/**/*.log"], null, TimeProvider.System);

        Assert.Equal(["deep/two.log", "one.log"], inputs.Sources.Select(source => Path.GetRelativePath(directory.Path + "/web", source.Path).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_DirectoryWithUnreadableFile_WarnsAndKeepsTheRest()
    {
        using var directory = new TempDirectory();
        directory.File("good.log", "x\n");
        File.CreateSymbolicLink(Path.Combine(directory.Path, "broken.log"), Path.Combine(directory.Path, "missing-target"));

        var inputs = LogInputResolver.Resolve([directory.Path], null, TimeProvider.System);

        Assert.Single(inputs.Sources);
        Assert.Contains(inputs.Warnings, warning => warning.Contains("broken.log", StringComparison.Ordinal) && warning.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_DirectoryWithNamedPipe_SkipsItInsteadOfBlocking()
    {
        using var directory = new TempDirectory();
        directory.File("good.log", "x\n");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(directory.Path, "pipe")))
        {
            mkfifo.WaitForExit();
        }

        var inputs = LogInputResolver.Resolve([directory.Path], null, TimeProvider.System);

        Assert.Single(inputs.Sources);
        Assert.Contains(inputs.Warnings, warning => warning.Contains("pipe: not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_MissingPath_Warns()
    {
        var inputs = LogInputResolver.Resolve(["/no/such/file.log"], null, TimeProvider.System);

        Assert.Empty(inputs.Sources);
        Assert.Equal(["/no/such/file.log: no such file or directory"], inputs.Warnings);
    }

    [Fact]
    public void Resolve_StandardInput_SpoolsToATemporaryFile()
    {
        var stdin = new MemoryStream("Feb 26 12:01:07 web-01 app: hello\n"u8.ToArray());

        var inputs = LogInputResolver.Resolve(["-"], () => stdin, TimeProvider.System);

        var source = Assert.Single(inputs.Sources);
        Assert.Equal("<stdin>", source.DisplayName);
        Assert.Equal("Feb 26 12:01:07 web-01 app: hello\n", File.ReadAllText(source.Path));
        File.Delete(source.Path);
    }
}
