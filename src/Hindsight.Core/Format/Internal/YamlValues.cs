using YamlDotNet.RepresentationModel;

namespace Hindsight.Format.Internal;

/// <summary>Turns YAML nodes of unknown keys into plain values (strings, lists, dictionaries) that can be written back.</summary>
internal static class YamlValues
{
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            pair => KeyOf(pair.Key),
            pair => ToPlain(pair.Value),
            StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>The text of a mapping key; complex keys are written back as their YAML text so nothing is lost.</summary>
    public static string KeyOf(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
}
