using System.Text.RegularExpressions;

namespace Hindsight.Rendering;

/// <summary>
/// Replaces internal host names and private addresses with a placeholder, for reports that leave the team.
/// </summary>
/// <remarks>
/// What counts as internal: names under private-use domains (<c>.internal</c>, <c>.local</c>, <c>.lan</c>,
/// <c>.corp</c>, <c>.intranet</c>, <c>.private</c>, <c>.home.arpa</c>, <c>.localdomain</c>), RFC 1918 IPv4 addresses,
/// and numbered machine names such as <c>web-01</c> or <c>db-primary-02</c> (a lower-case name, a hyphen, two to
/// four digits). Public names like <c>example.com</c> stay: they are what users see.
/// </remarks>
internal static partial class HostRedactor
{
    public const string Placeholder = "[internal host]";

    public static string Redact(string text) => InternalHost().Replace(text, Placeholder);

    [GeneratedRegex(
        """
        (?<![\w.-])(?:
          (?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:internal|local|lan|corp|intranet|private|home\.arpa|localdomain)
        | 10\.\d{1,3}\.\d{1,3}\.\d{1,3}
        | 192\.168\.\d{1,3}\.\d{1,3}
        | 172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}
        | [a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*-\d{2,4}(?:\.[a-z0-9-]+)*
        )(?![\w-])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex InternalHost();
}
