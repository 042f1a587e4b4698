using System.Globalization;
using System.Text;

namespace Hindsight.Lint.Spelling;

/// <summary>Where Hunspell usually finds a dictionary's <c>.aff</c> and <c>.dic</c> files.</summary>
internal static class HunspellDictionaryFiles
{
    /// <summary>
    /// The file of dictionary <paramref name="name"/> with <paramref name="extension"/> (".aff" or ".dic"), or null when
    /// none is found, looked for in Hunspell's order (<c>hunspell -D</c>): the current folder, <c>DICPATH</c>, then the
    /// system's dictionary folders.
    /// </summary>
    public static FileInfo? Find(string name, string extension)
    {
        var directories = new[] { Directory.GetCurrentDirectory() }
            .Concat((Environment.GetEnvironmentVariable("DICPATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            .Concat(["/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"]);
        return directories.Select(directory => new FileInfo(Path.Combine(directory, name + extension))).FirstOrDefault(info => info.Exists);
    }

    /// <summary>The size and time of each dictionary's files, so that an updated dictionary is not answered from an old cache; "?" for a file not found.</summary>
    public static string Stamps(string names)
    {
        var stamps = new StringBuilder();
        foreach (var name in names.Split(','))
        {
            foreach (var extension in new[] { ".aff", ".dic" })
            {
                var file = Find(name, extension);
                stamps.Append(file is null ? "?" : string.Create(CultureInfo.InvariantCulture, $"{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}")).Append(';');
            }
        }

        return stamps.ToString();
    }
}
