using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Internal;
using Hindsight.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hindsight.Format.Internal;

/// <summary>Reads the YAML front matter into a <see cref="Postmortem"/>, reporting each bad key on its own line.</summary>
internal sealed class FrontMatterReader(Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics, int firstLine)
{
    /// <summary>Reads <paramref name="yaml"/>; returns <see langword="false"/> when it is not YAML at all.</summary>
    public bool Read(string yaml)
    {
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(yaml);
        }
        catch (YamlException exception)
        {
            var line = firstLine + (int)exception.Start.Line - 1;
            diagnostics.Error(DiagnosticCodes.MalformedYaml, $"front matter is not valid YAML: {FirstSentence(exception)}", line, (int)exception.Start.Column);
            return false;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // On some malformed input (flow collections, stray anchors, control characters) YamlDotNet throws these
            // instead of a YamlException; found by the fuzz test. Each still means the text is not valid YAML.
            diagnostics.Error(DiagnosticCodes.MalformedYaml, "front matter is not valid YAML: check brackets, quotes and indentation", firstLine + LastReadableLine(yaml) - 1);
            return false;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return true;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.MalformedYaml, "front matter must be a mapping of keys to values", LineOf(stream.Documents[0].RootNode));
            return false;
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = YamlValues.KeyOf(keyNode);
            var line = LineOf(keyNode);
            map.Record(postmortem, line, key);
            ReadKey(key, value, line);
        }

        return true;
    }

    private void ReadKey(string key, YamlNode value, int line)
    {
        switch (key)
        {
            case FrontMatterKeys.Id:
                postmortem.Id = Text(key, value);
                break;
            case FrontMatterKeys.Title:
                postmortem.Title = Text(key, value);
                break;
            case FrontMatterKeys.Status:
                postmortem.Status = Word(key, value, PostmortemStatus.Draft);
                break;
            case FrontMatterKeys.Severity:
                postmortem.Severity = IsNull(value) ? null : Word(key, value, Severity.Sev3);
                break;
            case FrontMatterKeys.TimeZone:
                postmortem.TimeZone = Text(key, value);
                break;
            case FrontMatterKeys.Started:
                postmortem.Started = Instant(key, value);
                break;
            case FrontMatterKeys.Detected:
                postmortem.Detected = Instant(key, value);
                break;
            case FrontMatterKeys.Mitigated:
                postmortem.Mitigated = Instant(key, value);
                break;
            case FrontMatterKeys.Resolved:
                postmortem.Resolved = Instant(key, value);
                break;
            case FrontMatterKeys.Impact:
                ReadImpact(value);
                break;
            case FrontMatterKeys.Services:
                postmortem.AffectedServices = TextList(key, value);
                break;
            case FrontMatterKeys.Tags:
                postmortem.Tags = TextList(key, value);
                break;
            case FrontMatterKeys.Participants:
                ReadParticipants(value);
                break;
            default:
                diagnostics.Warning(DiagnosticCodes.UnknownKey, $"unknown front-matter key '{key}' (kept as it is)", line);
                postmortem.ExtraMetadata[key] = YamlValues.ToPlain(value);
                break;
        }
    }

    private void ReadImpact(YamlNode value)
    {
        if (IsNull(value))
        {
            return;
        }

        if (value is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, "'impact' must be a mapping of figures (usersAffectedPercent, usersAffected, requestsFailed, cost, currency); describe the impact in prose under '## Impact'", LineOf(value));
            return;
        }

        var impact = postmortem.Impact;
        foreach (var (keyNode, figure) in mapping.Children)
        {
            var key = YamlValues.KeyOf(keyNode);
            var field = $"impact.{key}";
            switch (key)
            {
                case FrontMatterKeys.UsersAffectedPercent:
                    impact.UsersAffectedPercent = Number<double>(field, figure, double.TryParse);
                    break;
                case FrontMatterKeys.UsersAffected:
                    impact.UsersAffected = Number<long>(field, figure, long.TryParse);
                    break;
                case FrontMatterKeys.RequestsFailed:
                    impact.RequestsFailed = Number<long>(field, figure, long.TryParse);
                    break;
                case FrontMatterKeys.Cost:
                    impact.Cost = Number<decimal>(field, figure, decimal.TryParse);
                    break;
                case FrontMatterKeys.Currency:
                    impact.Currency = Text(field, figure);
                    break;
                default:
                    diagnostics.Warning(DiagnosticCodes.UnknownKey, $"unknown impact figure '{key}' (known: usersAffectedPercent, usersAffected, requestsFailed, cost, currency); it is dropped when the file is written", LineOf(keyNode));
                    break;
            }
        }
    }

    private void ReadParticipants(YamlNode value)
    {
        if (IsNull(value))
        {
            return;
        }

        if (value is not YamlSequenceNode sequence)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, "'participants' must be a list of entries with 'name' and/or 'role'", LineOf(value));
            return;
        }

        foreach (var item in sequence.Children)
        {
            var participant = new Participant();
            map.Record(participant, LineOf(item));
            if (item is YamlScalarNode scalar)
            {
                // A bare string is a role: naming people is optional, and roles keep a report blameless.
                participant.Role = scalar.Value;
            }
            else if (item is YamlMappingNode fields)
            {
                foreach (var (keyNode, field) in fields.Children)
                {
                    var key = YamlValues.KeyOf(keyNode);
                    if (key == FrontMatterKeys.Name)
                    {
                        participant.Name = Text("participants.name", field);
                    }
                    else if (key == FrontMatterKeys.Role)
                    {
                        participant.Role = Text("participants.role", field);
                    }
                    else
                    {
                        diagnostics.Warning(DiagnosticCodes.UnknownKey, $"unknown participant key '{key}' (known: name, role); it is dropped when the file is written", LineOf(keyNode));
                    }
                }
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, "a participant must be a role or a mapping with 'name' and/or 'role'", LineOf(item));
                continue;
            }

            if (participant.Name is null && participant.Role is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, "a participant needs a 'name' or a 'role'", LineOf(item));
                continue;
            }

            postmortem.Participants.Add(participant);
        }
    }

    private string? Text(string key, YamlNode value)
    {
        if (IsNull(value))
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a single value, not a list or a mapping", LineOf(value));
        return null;
    }

    private List<string> TextList(string key, YamlNode value)
    {
        switch (value)
        {
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (Text(key, item) is { Length: > 0 } text)
                    {
                        items.Add(text);
                    }
                }

                return items;
            case YamlScalarNode { Value: { Length: > 0 } single } when !IsNull(value):
                return [.. single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            case YamlScalarNode:
                return [];
            default:
                diagnostics.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a list", LineOf(value));
                return [];
        }
    }

    private TEnum Word<TEnum>(string key, YamlNode value, TEnum fallback)
        where TEnum : struct, Enum
    {
        var text = Text(key, value);
        if (text is null)
        {
            return fallback;
        }

        if (Vocabulary.TryParse<TEnum>(text, out var parsed))
        {
            return parsed;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, $"'{key}' is '{text}'; expected one of: {Vocabulary.Expected<TEnum>()}", LineOf(value));
        return fallback;
    }

    private DateTimeOffset? Instant(string key, YamlNode value)
    {
        var text = Text(key, value);
        if (text is null)
        {
            return null;
        }

        if (InstantSyntax.TryParse(text, out var instant, out var error))
        {
            return instant;
        }

        var code = error.StartsWith("it has no time zone", StringComparison.Ordinal) ? DiagnosticCodes.InstantWithoutZone : DiagnosticCodes.InvalidInstant;
        diagnostics.Error(code, $"'{key}' is '{text}', which is not an instant: {error}", LineOf(value));
        return null;
    }

    private delegate bool NumberParser<T>(string text, NumberStyles styles, IFormatProvider provider, out T value);

    private T? Number<T>(string key, YamlNode value, NumberParser<T> parse)
        where T : struct
    {
        var text = Text(key, value);
        if (text is null)
        {
            return null;
        }

        if (parse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, $"'{key}' is '{text}'; expected a number", LineOf(value));
        return null;
    }

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;

    // The last token read before the text stopped being readable is where the reader should look.
    private static int LastReadableLine(string yaml) =>
        SafeYaml.ReadableTokens(yaml).Select(token => (int)token.End.Line).LastOrDefault(1);

    private static string FirstSentence(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
