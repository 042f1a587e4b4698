using System.Text.Json;

namespace Hindsight.Lint.Output;

/// <summary>
/// Writes lint results as a SARIF 2.1.0 log, the format code-scanning tools read to show findings inline in pull
/// requests. One run; the rules are described in the tool's driver; the suggestion rides in the message and in the
/// result's property bag.
/// </summary>
public static class SarifWriter
{
    /// <summary>The schema the output conforms to.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes <paramref name="results"/>; <paramref name="notices"/> (such as "spelling not checked") become tool notifications.</summary>
    public static void Write(IReadOnlyList<LintResult> results, IReadOnlyList<string> notices, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(output);
        var rules = RuleCatalogue.Descriptors;
        var index = rules.Select((rule, position) => (rule.Id, position)).ToDictionary(pair => pair.Id, pair => pair.position, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, results, notices);
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                foreach (var finding in result.Findings)
                {
                    WriteResult(json, result.Path, finding, index[finding.RuleId]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<LintRuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "hindsight");
        json.WriteString("fullName", "Hindsight post-mortem lint");
        json.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description} See docs/LINT.md, rule {rule.Id}, for why it matters and a bad and a good example.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SeverityNames.SarifLevel(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<LintResult> results, IReadOnlyList<string> notices)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", results.All(result => result.IsUsable));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var notice in notices)
        {
            json.WriteStartObject();
            json.WriteString("level", "warning");
            json.WriteStartObject("message");
            json.WriteString("text", notice);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var result in results.Where(result => !result.IsUsable))
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"{result.Path}: {result.Error}");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, result.Path, 0, 0);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, string path, LintFinding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SeverityNames.SarifLevel(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", $"{finding.Message} Suggestion: {finding.Suggestion}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, path, finding.Line, finding.Column);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("suggestion", finding.Suggestion);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, int line, int column)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (column > 0)
            {
                json.WriteNumber("startColumn", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>A relative path stays relative (so CI can map it to the repository); an absolute one becomes a file URI.</summary>
    private static string ToUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(segment => segment is "." or ".." ? segment : Uri.EscapeDataString(segment)));
    }
}
