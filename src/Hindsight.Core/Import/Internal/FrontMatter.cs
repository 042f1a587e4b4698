using System.Globalization;
using Hindsight.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hindsight.Import.Internal;

/// <summary>
/// The YAML front matter of a static site's page (Jekyll, Hugo: <c>title</c>, <c>date</c>, <c>author</c>,
/// <c>layout</c>, <c>tags</c> ...), read with YamlDotNet: the title and the date the importer uses, and where the title
/// lies, so that the rest of the block can go to the notes.
/// </summary>
/// <param name="FirstLine">The 1-based line of the first line between the fences.</param>
/// <param name="LastLine">The 1-based line of the last line between the fences.</param>
/// <param name="Title">The <c>title</c>, unquoted and without markup; <see langword="null"/> when there is none.</param>
/// <param name="TitleLine">The 1-based line of the <c>title</c> key; 0 when there is none.</param>
/// <param name="TitleLastLine">The 1-based last line of the title's value (a folded title spans several).</param>
/// <param name="Date">The <c>date</c>, when it names a day of a year.</param>
internal sealed record FrontMatter(int FirstLine, int LastLine, string? Title, int TitleLine, int TitleLastLine, DateOnly? Date)
{
    private const string TitleKey = "title";
    private const string DateKey = "date";

    /// <summary>
    /// Reads the block between the fence on the first line and the one at <paramref name="close"/> (0-based);
    /// <see langword="null"/> when it is not a YAML mapping, so the caller keeps its lines as text.
    /// </summary>
    public static FrontMatter? Read(string[] lines, int close)
    {
        var yaml = string.Join('\n', lines[1..close]);
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml);
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // YamlDotNet throws the last four too on some malformed input (see FrontMatterReader); all mean "not YAML".
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return null;
        }

        // The block's second line is the YAML text's first.
        const int firstLine = 2;
        var lastLine = close;
        var keys = root.Children.Select(pair => (Name: pair.Key is YamlScalarNode { Value: { } name } ? name : "", Line: firstLine + (int)pair.Key.Start.Line - 1, pair.Value)).ToList();
        string? title = null;
        int titleLine = 0, titleLastLine = 0;
        DateOnly? date = null;
        for (var index = 0; index < keys.Count; index++)
        {
            var (name, line, value) = keys[index];
            if (title is null && name.Equals(TitleKey, StringComparison.OrdinalIgnoreCase) && Text(value) is { } text && TextCleaner.PlainAsSpaced(text) is { Length: > 0 } plain)
            {
                title = plain;
                titleLine = line;
                titleLastLine = LastLineOfValue(lines, line, index + 1 < keys.Count ? keys[index + 1].Line - 1 : lastLine);
            }
            else if (date is null && name.Equals(DateKey, StringComparison.OrdinalIgnoreCase) && Text(value) is { } dateText)
            {
                date = DateOf(dateText);
            }
        }

        return new FrontMatter(firstLine, lastLine, title, titleLine, titleLastLine, date);
    }

    private static string? Text(YamlNode value) => value is YamlScalarNode { Value: { } text } ? text : null;

    // A value ends before the next key; blank and comment lines before that key are not part of it.
    private static int LastLineOfValue(string[] lines, int keyLine, int beforeNextKey)
    {
        var last = beforeNextKey;
        while (last > keyLine && (lines[last - 1].Trim().Length == 0 || lines[last - 1].TrimStart().StartsWith('#')))
        {
            last--;
        }

        return last;
    }

    /// <summary>The day <paramref name="text"/> names: <c>2023-03-01</c>, <c>2023-03-01T10:00:00+03:00</c>, <c>March 1, 2023</c>.</summary>
    private static DateOnly? DateOf(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        // A numeric date that reads both ways is no date to rely on: it would only ever be a guess.
        return TimeExpressionParser.FindDates(trimmed).FirstOrDefault() is { Year: { } year, Month: { } month, Day: { } day, AmbiguousDayMonth: false }
            && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
    }
}
