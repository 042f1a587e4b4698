using Hindsight.Diagnostics;
using Hindsight.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hindsight.Lint;

/// <summary>
/// Reads <c>hindsight.lint.yaml</c>:
/// <code>
/// rules:
///   HL503: off          # or info | warning | error
///   human-error: error  # rule names work too
/// whyDepth: 4
/// glossary: [BooktifuL, memcache]
/// dictionaries: [en_US]
/// </code>
/// </summary>
public static class LintConfiguration
{
    /// <summary>Parses a configuration; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="LintConfigurationException">The YAML is malformed or a key or value is unknown.</exception>
    public static LintOptions Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var options = new LintOptions();
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml);
        }
        catch (YamlException exception)
        {
            throw new LintConfigurationException($"{source}:{exception.Start.Line}:{exception.Start.Column}: malformed YAML: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // YamlDotNet throws these too on some malformed input (see FrontMatterReader).
            throw new LintConfigurationException($"{source}: malformed YAML: check brackets, quotes and indentation", exception);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return options;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(source, stream.Documents[0].RootNode, "the configuration must be a mapping of keys to values");
        }

        var knownRules = RuleCatalogue.Descriptors;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } name } ? name : throw Error(source, keyNode, "a key must be a plain word");
            switch (key)
            {
                case "rules":
                    ReadRules(options, value, source, knownRules);
                    break;
                case "whyDepth":
                case "minimumWhyDepth":
                    options.MinimumWhyDepth = value is YamlScalarNode { Value: { } depthText } && int.TryParse(depthText, System.Globalization.CultureInfo.InvariantCulture, out var depth) && depth is >= 1 and <= 10
                        ? depth
                        : throw Error(source, value, $"'{key}' must be a whole number from 1 to 10");
                    break;
                case "glossary":
                    foreach (var word in Sequence(value, source, key))
                    {
                        options.Glossary.Add(word);
                    }

                    break;
                case "dictionaries":
                    options.Dictionaries.Clear();
                    foreach (var dictionary in Sequence(value, source, key))
                    {
                        options.Dictionaries.Add(dictionary);
                    }

                    break;
                default:
                    throw Error(source, keyNode, $"unknown key '{key}' (expected rules, whyDepth, glossary or dictionaries)");
            }
        }

        return options;
    }

    /// <summary>Reads and parses a configuration file.</summary>
    /// <exception cref="LintConfigurationException">The file cannot be read or is invalid.</exception>
    public static LintOptions Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new LintConfigurationException($"{path}: cannot read the lint configuration: {exception.Message}", exception);
        }
    }

    private static void ReadRules(LintOptions options, YamlNode value, string source, IReadOnlyList<LintRuleDescriptor> knownRules)
    {
        if (value is not YamlMappingNode rules)
        {
            throw Error(source, value, "'rules' must map rule ids to off, info, warning or error");
        }

        foreach (var (ruleNode, settingNode) in rules.Children)
        {
            var rule = ruleNode is YamlScalarNode { Value: { } id } ? id : throw Error(source, ruleNode, "a rule must be named by its id, such as HL601");
            if (!knownRules.Any(known => known.Id.Equals(rule, StringComparison.OrdinalIgnoreCase) || known.Name.Equals(rule, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(source, ruleNode, $"unknown rule '{rule}'");
            }

            var setting = (settingNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            switch (setting)
            {
                case "off" or "false" or "disabled":
                    options.DisabledRules.Add(rule);
                    break;
                case "info" or "note":
                    options.Severities[rule] = DiagnosticSeverity.Info;
                    break;
                case "warning":
                    options.Severities[rule] = DiagnosticSeverity.Warning;
                    break;
                case "error":
                    options.Severities[rule] = DiagnosticSeverity.Error;
                    break;
                default:
                    throw Error(source, settingNode, $"rule '{rule}': '{setting}' is not one of off, info, warning, error");
            }
        }
    }

    private static IEnumerable<string> Sequence(YamlNode value, string source, string key) => value switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(child => (child as YamlScalarNode)?.Value ?? throw Error(source, child, $"'{key}' must be a list of words")),
        YamlScalarNode { Value: { } single } => [single],
        _ => throw Error(source, value, $"'{key}' must be a list of words"),
    };

    private static LintConfigurationException Error(string source, YamlNode node, string message) =>
        new($"{source}:{node.Start.Line}:{node.Start.Column}: {message}");
}
