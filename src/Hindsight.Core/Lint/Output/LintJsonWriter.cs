using System.Text.Json;

namespace Hindsight.Lint.Output;

/// <summary>
/// Writes lint results as JSON: <c>{ "files": [ { "path", "error", "findings": [ { "ruleId", "ruleName", "severity",
/// "line", "column", "message", "suggestion" } ] } ], "summary": { "errors", "warnings", "infos", "unusableFiles" } }</c>.
/// </summary>
public static class LintJsonWriter
{
    /// <summary>Writes <paramref name="results"/> to <paramref name="output"/>, indented.</summary>
    public static void Write(IReadOnlyList<LintResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var names = RuleCatalogue.Descriptors.ToDictionary(rule => rule.Id, rule => rule.Name, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("path", result.Path);
                json.WriteString("error", result.Error);
                json.WriteStartArray("findings");
                foreach (var finding in result.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", finding.RuleId);
                    json.WriteString("ruleName", names.GetValueOrDefault(finding.RuleId));
                    json.WriteString("severity", SeverityNames.Of(finding.Severity));
                    json.WriteNumber("line", finding.Line);
                    json.WriteNumber("column", finding.Column);
                    json.WriteString("message", finding.Message);
                    json.WriteString("suggestion", finding.Suggestion);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var all = results.SelectMany(result => result.Findings).ToList();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", all.Count(finding => finding.Severity == Diagnostics.DiagnosticSeverity.Error));
            json.WriteNumber("warnings", all.Count(finding => finding.Severity == Diagnostics.DiagnosticSeverity.Warning));
            json.WriteNumber("infos", all.Count(finding => finding.Severity == Diagnostics.DiagnosticSeverity.Info));
            json.WriteNumber("unusableFiles", results.Count(result => !result.IsUsable));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
