using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Hindsight.Internal;

/// <summary>
/// Loads YAML that users wrote (front matter, lint configuration) without the alias references (<c>*name</c>) that
/// neither needs: some of them, used as mapping keys, make YamlDotNet recurse until the process dies of a stack
/// overflow, which no handler can catch (YamlDotNet issue 1027, still in 18.1).
/// </summary>
internal static class SafeYaml
{
    /// <summary>Loads <paramref name="yaml"/>.</summary>
    /// <exception cref="YamlException">The text is not YAML, or it refers to an anchor (<c>*name</c>).</exception>
    public static YamlStream Load(string yaml)
    {
        RejectAliases(yaml);
        YamlStream stream = [];
        stream.Load(new StringReader(yaml));
        return stream;
    }

    private static void RejectAliases(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            // An error token repeats for ever at the same place (see FrontMatterReader); loading reports the error itself.
            while (scanner.MoveNext() && scanner.Current is { } token and not Error and not StreamEnd)
            {
                if (token is AnchorAlias alias)
                {
                    throw new YamlException(alias.Start, alias.End, $"'*{alias.Value}' refers to an anchor; write the value itself, aliases are not read");
                }
            }
        }
        catch (Exception exception) when (exception is not YamlException && exception is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // The loader meets the same input and reports it.
        }
    }
}
