using System.Text.RegularExpressions;

namespace Hindsight.Format.Internal;

/// <summary>
/// The first line of a timeline entry or a contributing factor: <c>**HEAD** · attribute · attribute — text</c>.
/// Hand-written files may leave out the bold, the attributes or the dash; a canonical file writes all of them.
/// </summary>
internal sealed partial record EntryLine(string Head, IReadOnlyList<string> Attributes, string Text)
{
    public const string AttributeSeparator = " · ";
    public const string TextSeparator = " — ";

    /// <summary>Splits <paramref name="line"/>; <paramref name="plainHead"/> recognises a head written without bold.</summary>
    public static EntryLine? Parse(string line, Regex plainHead)
    {
        string head;
        string rest;
        if (line.StartsWith("**", StringComparison.Ordinal))
        {
            var close = line.IndexOf("**", 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            head = line[2..close].Trim();
            rest = line[(close + 2)..];
        }
        else
        {
            var match = plainHead.Match(line);
            if (!match.Success)
            {
                return null;
            }

            head = match.Value.Trim();
            rest = line[match.Length..];
        }

        rest = rest.Trim();
        var attributes = new List<string>();
        if (rest.StartsWith('·'))
        {
            var dash = rest.IndexOf('—', StringComparison.Ordinal);
            var attributeText = dash >= 0 ? rest[..dash] : rest;
            attributes.AddRange(attributeText.Split('·', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            rest = dash >= 0 ? rest[dash..] : "";
        }

        rest = LeadingSeparator().Replace(rest, "");
        return new EntryLine(head, attributes, rest.Trim());
    }

    /// <summary>Writes the canonical form.</summary>
    public static string Format(string head, IEnumerable<string> attributes, string text)
    {
        var attributeText = string.Concat(attributes.Select(attribute => AttributeSeparator + attribute));
        return text.Length == 0 ? $"**{head}**{attributeText}" : $"**{head}**{attributeText}{TextSeparator}{text}";
    }

    [GeneratedRegex(@"^\s*(?:—|–|-|:)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSeparator();
}
