using System.Text.RegularExpressions;
using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>
/// Makes the copy of a post-mortem that an audience may read, so that one document serves the team and its stakeholders.
/// </summary>
/// <remarks>
/// For <see cref="ReportAudience.Stakeholders"/>: participants keep their role but lose their name, and their names are
/// replaced by their role wherever the prose mentions them; interview notes, evidence pointers (log paths, dashboards)
/// and unplaced import notes are left out. Host names are redacted for any audience when asked.
/// </remarks>
internal static class AudienceFilter
{
    private const string AnonymousResponder = "a responder";

    public static Postmortem Apply(Postmortem postmortem, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Audience == ReportAudience.Internal && !options.RedactHosts)
        {
            return postmortem;
        }

        var stakeholders = options.Audience == ReportAudience.Stakeholders;
        var names = stakeholders ? NameReplacements(postmortem.Participants) : [];
        string Transform(string text)
        {
            foreach (var (pattern, replacement) in names)
            {
                var input = text;
                text = pattern.Replace(input, match => StartsSentence(input, match.Index) ? Capitalise(replacement) : replacement);
            }

            return options.RedactHosts ? HostRedactor.Redact(text) : text;
        }

        var copy = PostmortemCopier.Copy(postmortem, Transform);
        if (stakeholders)
        {
            copy.Participants = [.. copy.Participants.Where(p => p.Role is not null).Select(p => new Participant { Role = p.Role })];
            copy.Interviews = [];
            copy.Notes = null;
            foreach (var entry in copy.Timeline)
            {
                entry.Evidence = null;
            }

            foreach (var factor in copy.ContributingFactors)
            {
                factor.Evidence = [];
            }
        }

        return copy;
    }

    /// <summary>
    /// One pattern per name to hide: the full name first, then each part of it (people are often called by one name
    /// in prose), each with an optional title such as "Mr" in front.
    /// </summary>
    private static List<(Regex Pattern, string Replacement)> NameReplacements(IEnumerable<Participant> participants)
    {
        var replacements = new List<(Regex, string)>();
        var named = participants.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        var fullNames = named.Select(p => (Name: p.Name!.Trim(), Replacement: Mention(p)));
        var partNames = named.SelectMany(p => p.Name!
                .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(part => part.Length >= 3 && char.IsUpper(part[0]))
                .Select(part => (Name: part, Replacement: Mention(p))));
        foreach (var (name, replacement) in fullNames.Concat(partNames).DistinctBy(n => n.Name))
        {
            // Case-sensitive: a capitalised name part like "Will" must not swallow the word "will".
            var pattern = new Regex(
                @"(?<![\w])(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?" + Regex.Escape(name) + @"(?![\w])",
                RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
            replacements.Add((pattern, replacement));
        }

        return replacements;
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd(' ', '\t');
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or '-' or '*' or '>' or '|';
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Mention(Participant participant) =>
        string.IsNullOrWhiteSpace(participant.Role) ? AnonymousResponder : "the " + participant.Role.Trim();
}
