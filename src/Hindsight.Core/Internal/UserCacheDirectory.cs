namespace Hindsight.Internal;

/// <summary>
/// The folder where Hindsight keeps what it can rebuild at any time (Hunspell's answers, the start-up JIT profiles):
/// <c>$XDG_CACHE_HOME/hindsight</c>, else <c>~/.cache/hindsight</c>.
/// </summary>
public static class UserCacheDirectory
{
    /// <summary>The folder, or null when <c>HINDSIGHT_NO_CACHE</c> is set or there is no home folder.</summary>
    public static string? Find()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HINDSIGHT_NO_CACHE")))
        {
            return null;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "hindsight");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "hindsight");
    }
}
