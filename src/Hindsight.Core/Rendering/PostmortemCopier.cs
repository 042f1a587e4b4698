using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>Deep-copies a post-mortem, passing every piece of prose through a text transformation on the way.</summary>
internal static class PostmortemCopier
{
    public static Postmortem Copy(Postmortem source, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        string? Optional(string? value) => value is null ? null : text(value);

        return new Postmortem
        {
            Id = source.Id,
            Title = Optional(source.Title),
            Status = source.Status,
            Severity = source.Severity,
            TimeZone = source.TimeZone,
            Started = source.Started,
            Detected = source.Detected,
            Mitigated = source.Mitigated,
            Resolved = source.Resolved,
            Impact = new Impact
            {
                Description = Optional(source.Impact.Description),
                UsersAffectedPercent = source.Impact.UsersAffectedPercent,
                UsersAffected = source.Impact.UsersAffected,
                RequestsFailed = source.Impact.RequestsFailed,
                Cost = source.Impact.Cost,
                Currency = source.Impact.Currency,
            },
            AffectedServices = [.. source.AffectedServices.Select(text)],
            Tags = [.. source.Tags],
            Participants = [.. source.Participants.Select(p => new Participant { Name = p.Name, Role = Optional(p.Role) })],
            Summary = Optional(source.Summary),
            Timeline = [.. source.Timeline.Select(entry => new TimelineEntry
            {
                At = entry.At,
                OriginalTime = entry.OriginalTime,
                UnresolvedReason = entry.UnresolvedReason,
                Text = text(entry.Text),
                Kind = entry.Kind,
                Source = entry.Source,
                Evidence = Optional(entry.Evidence),
                Key = entry.Key,
            })],
            ContributingFactors = [.. source.ContributingFactors.Select(factor => new ContributingFactor
            {
                Id = factor.Id,
                Text = text(factor.Text),
                Category = factor.Category,
                RootCause = factor.RootCause,
                Whys = CopyWhys(factor.Whys, text),
                Evidence = [.. factor.Evidence.Select(text)],
            })],
            Resolution = Optional(source.Resolution),
            ActionItems = [.. source.ActionItems.Select(item => new ActionItem
            {
                Id = item.Id,
                Title = text(item.Title),
                Type = item.Type,
                Priority = item.Priority,
                Owner = Optional(item.Owner),
                Due = item.Due,
                Status = item.Status,
                Factors = [.. item.Factors],
                Link = item.Link,
            })],
            Lessons = new LessonsLearned
            {
                WentWell = [.. source.Lessons.WentWell.Select(text)],
                WentWrong = [.. source.Lessons.WentWrong.Select(text)],
                GotLucky = [.. source.Lessons.GotLucky.Select(text)],
            },
            Interviews = [.. source.Interviews.Select(interview => new Interview
            {
                Participant = interview.Participant,
                Date = interview.Date,
                Notes = Optional(interview.Notes),
            })],
            Notes = Optional(source.Notes),
            ExtraMetadata = new Dictionary<string, object?>(source.ExtraMetadata, StringComparer.Ordinal),
            ExtraSections = [.. source.ExtraSections.Select(section => new ExtraSection(text(section.Heading), text(section.Body)))],
        };
    }

    private static List<WhyStep> CopyWhys(List<WhyStep> steps, Func<string, string> text) =>
        [.. steps.Select(step => new WhyStep { Text = text(step.Text), Whys = CopyWhys(step.Whys, text) })];
}
