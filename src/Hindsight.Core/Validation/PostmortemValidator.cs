using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Validation;

/// <summary>
/// Checks that a post-mortem is consistent: instants in order, identifiers unique, links resolved, time zone known.
/// These are hard errors; judgements about the quality of the writing belong to the linter.
/// </summary>
public static class PostmortemValidator
{
    /// <summary>Returns every consistency problem of <paramref name="postmortem"/>, located with <paramref name="sourceMap"/> when given.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Postmortem postmortem, SourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var map = sourceMap ?? SourceMap.None;
        var problems = new List<Diagnostic>();

        if (string.IsNullOrWhiteSpace(postmortem.Title))
        {
            problems.Add(Error(DiagnosticCodes.MissingTitle, "the post-mortem has no title (front-matter key 'title')", map.LineOf(postmortem, "title")));
        }

        if (postmortem.TimeZone is { } zone && !TimeZones.TryFind(zone, out _))
        {
            problems.Add(Error(DiagnosticCodes.UnknownTimeZone, $"'{zone}' is not an IANA time zone (front-matter key 'timezone'; for example Africa/Nairobi or UTC)", map.LineOf(postmortem, "timezone")));
        }

        CheckOrder(postmortem, map, problems);
        CheckUnique(postmortem.ContributingFactors.Select(f => (Node: (object)f, f.Id)), "contributing factor", map, problems);
        CheckUnique(postmortem.ActionItems.Where(a => a.Id is not null).Select(a => (Node: (object)a, a.Id!)), "action item", map, problems);
        CheckFactorLinks(postmortem, map, problems);
        CheckFigures(postmortem, map, problems);
        return problems;
    }

    private static void CheckOrder(Postmortem postmortem, SourceMap map, List<Diagnostic> problems)
    {
        (string Name, DateTimeOffset? At)[] milestones =
        [
            ("started", postmortem.Started),
            ("detected", postmortem.Detected),
            ("mitigated", postmortem.Mitigated),
            ("resolved", postmortem.Resolved),
        ];

        // Each instant must not precede any earlier milestone that is present, even when the one in between is missing.
        for (var later = 1; later < milestones.Length; later++)
        {
            if (milestones[later].At is not { } laterAt)
            {
                continue;
            }

            for (var earlier = later - 1; earlier >= 0; earlier--)
            {
                if (milestones[earlier].At is not { } earlierAt)
                {
                    continue;
                }

                if (laterAt < earlierAt)
                {
                    problems.Add(Error(
                        DiagnosticCodes.InstantsOutOfOrder,
                        string.Create(CultureInfo.InvariantCulture, $"'{milestones[later].Name}' ({laterAt:yyyy-MM-dd HH:mm zzz}) is before '{milestones[earlier].Name}' ({earlierAt:yyyy-MM-dd HH:mm zzz})"),
                        map.LineOf(postmortem, milestones[later].Name)));
                }

                break;
            }
        }
    }

    private static void CheckUnique(IEnumerable<(object Node, string Id)> items, string what, SourceMap map, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, id) in items)
        {
            var line = map.LineOf(node);
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add(Error(DiagnosticCodes.MissingId, $"a {what} has no id", line));
                continue;
            }

            if (seen.TryGetValue(id, out var firstLine))
            {
                var where = firstLine > 0 ? string.Create(CultureInfo.InvariantCulture, $" (first used on line {firstLine})") : "";
                problems.Add(Error(DiagnosticCodes.DuplicateId, $"{what} id '{id}' is used twice{where}", line));
            }
            else
            {
                seen[id] = line;
            }
        }
    }

    private static void CheckFactorLinks(Postmortem postmortem, SourceMap map, List<Diagnostic> problems)
    {
        var factorIds = postmortem.ContributingFactors.Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in postmortem.ActionItems)
        {
            foreach (var link in item.Factors.Where(link => !factorIds.Contains(link)))
            {
                problems.Add(Error(DiagnosticCodes.UnknownFactor, $"action item '{item.Id ?? item.Title}' links to contributing factor '{link}', which does not exist", map.LineOf(item)));
            }
        }
    }

    private static void CheckFigures(Postmortem postmortem, SourceMap map, List<Diagnostic> problems)
    {
        if (postmortem.Impact.UsersAffectedPercent is { } percent && percent is < 0 or > 100)
        {
            problems.Add(Error(DiagnosticCodes.FigureOutOfRange, string.Create(CultureInfo.InvariantCulture, $"impact.usersAffectedPercent is {percent}; it must be between 0 and 100"), map.LineOf(postmortem, "impact")));
        }

        if (postmortem.Impact.RequestsFailed is < 0 || postmortem.Impact.UsersAffected is < 0 || postmortem.Impact.Cost is < 0)
        {
            problems.Add(Error(DiagnosticCodes.FigureOutOfRange, "impact figures cannot be negative", map.LineOf(postmortem, "impact")));
        }
    }

    private static Diagnostic Error(string code, string message, int line) => new(DiagnosticSeverity.Error, code, message, line);
}
