using System.Runtime;
using Hindsight.Internal;

namespace Hindsight.Cli;

/// <summary>
/// Multicore JIT (<see cref="ProfileOptimization"/>): each command records which methods it compiled, and the next
/// run of that command compiles them on a spare core while the first one starts, so a run does not wait for the JIT.
/// </summary>
/// <remarks>
/// The CLI compiles every method fully optimised on first use (no tiered compilation, see the project file), which
/// made a log scan of one line take about 0.2 s and held a two-core scan of 1 GiB to 1.7 times one core
/// (bench/README.md). The profile is a cache: a missing, stale or unwritable one only costs that saving.
/// </remarks>
internal static class StartupJitProfile
{
    /// <summary>Starts recording, and playing back the last recording, for the command named by <paramref name="args"/>.</summary>
    public static void Start(IReadOnlyList<string> args)
    {
        var cache = UserCacheDirectory.Find();
        if (cache is null)
        {
            return;
        }

        try
        {
            var directory = Path.Combine(cache, "jit");
            Directory.CreateDirectory(directory);
            ProfileOptimization.SetProfileRoot(directory);
            ProfileOptimization.StartProfile(FileName(args));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No cache folder: the run compiles as it goes, as without a profile.
        }
    }

    /// <summary>
    /// One profile per command path ("logs-parse.jitprofile"): commands compile different methods. Only the leading
    /// words that look like command names count, so file names and options never make a new profile.
    /// </summary>
    internal static string FileName(IReadOnlyList<string> args)
    {
        var words = args.Take(2).TakeWhile(IsCommandWord).ToList();
        return (words.Count == 0 ? "hindsight" : string.Join('-', words)) + ".jitprofile";
    }

    private static bool IsCommandWord(string arg) =>
        arg.Length is > 0 and <= 16 && arg.All(c => c is >= 'a' and <= 'z');
}
