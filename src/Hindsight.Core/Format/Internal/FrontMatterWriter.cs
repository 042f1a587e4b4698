using Hindsight.Model;
using YamlDotNet.Serialization;

namespace Hindsight.Format.Internal;

/// <summary>Writes the front matter of a canonical post-mortem file: known keys in a fixed order, empty ones left out, unknown ones last.</summary>
internal static class FrontMatterWriter
{
    // YamlDotNet's serializers are not meant to be shared between threads (they cache type information in plain
    // dictionaries), and files are written from parallel tests and, on the team server, from concurrent requests.
    [ThreadStatic]
    private static ISerializer? _serializer;

    public static string Write(Postmortem postmortem)
    {
        var keys = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddText(keys, FrontMatterKeys.Id, postmortem.Id);
        AddText(keys, FrontMatterKeys.Title, postmortem.Title);
        keys[FrontMatterKeys.Status] = Vocabulary.Name(postmortem.Status);
        if (postmortem.Severity is { } severity)
        {
            keys[FrontMatterKeys.Severity] = Vocabulary.Name(severity);
        }

        AddText(keys, FrontMatterKeys.TimeZone, postmortem.TimeZone);
        AddInstant(keys, FrontMatterKeys.Started, postmortem.Started);
        AddInstant(keys, FrontMatterKeys.Detected, postmortem.Detected);
        AddInstant(keys, FrontMatterKeys.Mitigated, postmortem.Mitigated);
        AddInstant(keys, FrontMatterKeys.Resolved, postmortem.Resolved);

        var impact = ImpactFigures(postmortem.Impact);
        if (impact.Count > 0)
        {
            keys[FrontMatterKeys.Impact] = impact;
        }

        if (postmortem.AffectedServices.Count > 0)
        {
            keys[FrontMatterKeys.Services] = postmortem.AffectedServices;
        }

        if (postmortem.Tags.Count > 0)
        {
            keys[FrontMatterKeys.Tags] = postmortem.Tags;
        }

        if (postmortem.Participants.Count > 0)
        {
            keys[FrontMatterKeys.Participants] = postmortem.Participants.Select(Participant).ToList();
        }

        foreach (var (key, value) in postmortem.ExtraMetadata)
        {
            keys.TryAdd(key, value);
        }

        return "---\n" + Serializer().Serialize(keys).ReplaceLineEndings("\n") + "---\n";
    }

    private static ISerializer Serializer() => _serializer ??= new SerializerBuilder()
        .WithIndentedSequences()
        .DisableAliases()
        .Build();

    private static Dictionary<string, object?> ImpactFigures(Impact impact)
    {
        var figures = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (impact.UsersAffectedPercent is { } percent)
        {
            figures[FrontMatterKeys.UsersAffectedPercent] = percent;
        }

        if (impact.UsersAffected is { } users)
        {
            figures[FrontMatterKeys.UsersAffected] = users;
        }

        if (impact.RequestsFailed is { } requests)
        {
            figures[FrontMatterKeys.RequestsFailed] = requests;
        }

        if (impact.Cost is { } cost)
        {
            figures[FrontMatterKeys.Cost] = cost;
        }

        AddText(figures, FrontMatterKeys.Currency, impact.Currency);
        return figures;
    }

    private static Dictionary<string, object?> Participant(Participant participant)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddText(fields, FrontMatterKeys.Name, participant.Name);
        AddText(fields, FrontMatterKeys.Role, participant.Role);
        return fields;
    }

    private static void AddText(Dictionary<string, object?> keys, string key, string? value)
    {
        if (value is not null)
        {
            keys[key] = value;
        }
    }

    private static void AddInstant(Dictionary<string, object?> keys, string key, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            keys[key] = InstantSyntax.FormatIso(instant);
        }
    }
}
