using System.Diagnostics;

namespace Hindsight.Cli.Tests;

public sealed class StartupJitProfileTests
{
    [Theory]
    [InlineData(new[] { "logs", "parse", "app.log", "--out", "x.csv" }, "logs-parse.jitprofile")]
    [InlineData(new[] { "lint", "incident.md" }, "lint.jitprofile")]
    [InlineData(new[] { "lint", "--json", "incident.md" }, "lint.jitprofile")]
    [InlineData(new[] { "--version" }, "hindsight.jitprofile")]
    [InlineData(new string[0], "hindsight.jitprofile")]
    public void Profile_is_named_by_the_command_words_only(string[] args, string expected) =>
        Assert.Equal(expected, StartupJitProfile.FileName(args));

    [Fact]
    public void A_run_leaves_its_profile_in_the_cache_folder_and_the_next_run_reads_it()
    {
        using var folder = new TemporaryDirectory();
        var profile = Path.Combine(folder.Path, "hindsight", "jit", "hindsight.jitprofile");

        Assert.Equal(0, RunCli(folder.Path, "--version"));
        Assert.True(File.Exists(profile), $"no profile at {profile}");
        Assert.True(new FileInfo(profile).Length > 0);

        Assert.Equal(0, RunCli(folder.Path, "--version"));
        Assert.True(File.Exists(profile));
    }

    [Fact]
    public void No_profile_is_written_when_the_cache_is_turned_off()
    {
        using var folder = new TemporaryDirectory();

        Assert.Equal(0, RunCli(folder.Path, "--version", noCache: true));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "hindsight")));
    }

    private static int RunCli(string cacheHome, string argument, bool noCache = false)
    {
        // The profile is written when the process exits, so this runs the real program, not the in-process harness.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "hindsight.dll"), argument },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["XDG_CACHE_HOME"] = cacheHome;
        start.Environment.Remove("HINDSIGHT_NO_CACHE");
        if (noCache)
        {
            start.Environment["HINDSIGHT_NO_CACHE"] = "1";
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
