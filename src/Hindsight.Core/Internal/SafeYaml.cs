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

    /// <summary>
    /// The tokens of <paramref name="yaml"/> up to where it stops being readable. YamlDotNet's scanner reports some
    /// malformed input as an error token, and then the same error token at the same place for ever, and throws on other
    /// input, so the tokens end at the first error, the end of the stream or an exception.
    /// </summary>
    public static IEnumerable<Token> ReadableTokens(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        while (NextReadable(scanner) is { } token)
        {
            yield return token;
        }
    }

    private static Token? NextReadable(Scanner scanner)
    {
        try
        {
            return scanner.MoveNext() && scanner.Current is { } token and not Error and not StreamEnd ? token : null;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return null;
        }
    }

    // Where the text stops being readable, the loader meets the same input and reports it.
    private static void RejectAliases(string yaml)
    {
        if (ReadableTokens(yaml).OfType<AnchorAlias>().FirstOrDefault() is { } alias)
        {
            throw new YamlException(alias.Start, alias.End, $"'*{alias.Value}' refers to an anchor; write the value itself, aliases are not read");
        }
    }
}
