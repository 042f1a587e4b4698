using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Xml;
using Hindsight.Model;

namespace Hindsight.Format;

/// <summary>
/// The JSON shape of a post-mortem printed by <c>hindsight show --json</c> and <c>hindsight import --json</c>: the model's
/// properties in camelCase, enumerations as camelCase strings, instants in ISO 8601 with their offset, every field
/// present (null when empty), plus a <c>durations</c> object of ISO 8601 durations. Field names are stable.
/// </summary>
public static class PostmortemJson
{
    /// <summary>The serializer options behind the shape, for callers that embed a post-mortem in a larger document.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    /// <summary>Serializes <paramref name="postmortem"/> with its derived durations.</summary>
    public static string Serialize(Postmortem postmortem, bool indented = true)
    {
        var node = ToNode(postmortem);
        return node.ToJsonString(indented ? Options : Compact);
    }

    /// <summary>The post-mortem as a JSON object, with its derived durations.</summary>
    public static JsonObject ToNode(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var node = JsonSerializer.SerializeToNode(postmortem, Options)!.AsObject();
        var durations = PostmortemDurations.Of(postmortem);
        node["durations"] = new JsonObject
        {
            ["timeToDetect"] = Iso(durations.TimeToDetect),
            ["timeToMitigate"] = Iso(durations.TimeToMitigate),
            ["timeToResolve"] = Iso(durations.TimeToResolve),
            ["impactDuration"] = Iso(durations.ImpactDuration),
        };
        return node;
    }

    private static string? Iso(TimeSpan? duration) => duration is { } value ? XmlConvert.ToString(value) : null;

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
