using System.Globalization;
using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>
/// Builds the object that templates see as <c>report</c>: plain values with snake_case names, every time already
/// written with its zone, every piece of prose both as Markdown and as sanitised HTML. docs/RENDERING.md lists it.
/// </summary>
internal static class ReportModelBuilder
{
    public const string TriggerHeading = "Trigger";

    public static Dictionary<string, object?> Build(Postmortem postmortem, RenderOptions options, DateTimeOffset renderedAt, string style)
    {
        var times = new ZonedTimeFormatter(postmortem.TimeZone);
        var durations = PostmortemDurations.Of(postmortem);
        var keyNumbers = KeyEntryNumbers(postmortem.Timeline);
        var trigger = postmortem.ExtraSections.FirstOrDefault(IsTrigger);
        var firstInstant = new[] { postmortem.Started, postmortem.Detected, postmortem.Mitigated, postmortem.Resolved }
            .Concat(postmortem.Timeline.Select(e => e.At))
            .FirstOrDefault(t => t is not null) ?? renderedAt;

        return Map(
            ("title", postmortem.Title ?? postmortem.Id ?? "Untitled post-mortem"),
            ("id", postmortem.Id),
            ("status", ModelText.Of(postmortem.Status)),
            ("severity", postmortem.Severity is { } severity ? ModelText.Of(severity) : null),
            ("audience", options.Audience == ReportAudience.Internal ? "internal" : "stakeholders"),
            ("hosts_redacted", options.RedactHosts),
            ("time_zone", times.ZoneName),
            ("zone_caption", times.ZoneCaption(firstInstant)),
            ("started", Time(postmortem.Started, times)),
            ("detected", Time(postmortem.Detected, times)),
            ("mitigated", Time(postmortem.Mitigated, times)),
            ("resolved", Time(postmortem.Resolved, times)),
            ("durations", Map(
                ("time_to_detect", Duration(durations.TimeToDetect)),
                ("time_to_mitigate", Duration(durations.TimeToMitigate)),
                ("time_to_resolve", Duration(durations.TimeToResolve)),
                ("impact_duration", Duration(durations.ImpactDuration)))),
            ("impact", Impact(postmortem.Impact)),
            ("affected_services", postmortem.AffectedServices.ToList<object?>()),
            ("tags", postmortem.Tags.ToList<object?>()),
            ("participants", postmortem.Participants.Select(p => (object?)Map(
                ("name", p.Name),
                ("role", p.Role),
                ("label", p.Name is null ? p.Role : p.Role is null ? p.Name : $"{p.Name} ({p.Role})"))).ToList()),
            ("summary", postmortem.Summary),
            ("summary_html", SafeHtml.FromMarkdown(postmortem.Summary)),
            ("timeline", postmortem.Timeline.Select(e => (object?)Map(
                ("time", Time(e.At, times)),
                ("original_time", e.OriginalTime),
                ("unresolved_reason", e.UnresolvedReason),
                ("text", e.Text),
                ("text_html", SafeHtml.FromInlineMarkdown(e.Text)),
                ("kind", ModelText.Of(e.Kind)),
                ("source", e.Source),
                ("evidence", e.Evidence),
                ("key", e.Key),
                ("number", keyNumbers.TryGetValue(e, out var number) ? number : null))).ToList()),
            ("detection_entries", postmortem.Timeline
                .Where(e => e.Kind is TimelineEntryKind.Detection or TimelineEntryKind.Alert)
                .Select(e => (object?)Map(("time", Time(e.At, times)), ("original_time", e.OriginalTime), ("text", e.Text), ("text_html", SafeHtml.FromInlineMarkdown(e.Text))))
                .ToList()),
            ("factors", postmortem.ContributingFactors.Select(Factor).ToList()),
            ("root_causes", postmortem.ContributingFactors.Where(f => f.RootCause).Select(Factor).ToList()),
            ("other_factors", postmortem.ContributingFactors.Where(f => !f.RootCause).Select(Factor).ToList()),
            ("trigger", trigger?.Body),
            ("trigger_html", SafeHtml.FromMarkdown(trigger?.Body)),
            ("resolution", postmortem.Resolution),
            ("resolution_html", SafeHtml.FromMarkdown(postmortem.Resolution)),
            ("action_items", postmortem.ActionItems.Select(ActionItem).ToList()),
            ("lessons", Map(
                ("went_well", postmortem.Lessons.WentWell.ToList<object?>()),
                ("went_wrong", postmortem.Lessons.WentWrong.ToList<object?>()),
                ("got_lucky", postmortem.Lessons.GotLucky.ToList<object?>()),
                ("went_well_html", postmortem.Lessons.WentWell.Select(l => (object?)SafeHtml.FromInlineMarkdown(l)).ToList()),
                ("went_wrong_html", postmortem.Lessons.WentWrong.Select(l => (object?)SafeHtml.FromInlineMarkdown(l)).ToList()),
                ("got_lucky_html", postmortem.Lessons.GotLucky.Select(l => (object?)SafeHtml.FromInlineMarkdown(l)).ToList()))),
            ("interviews", postmortem.Interviews.Select(i => (object?)Map(
                ("participant", i.Participant),
                ("date", i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("notes", i.Notes),
                ("notes_html", SafeHtml.FromMarkdown(i.Notes)))).ToList()),
            ("notes", postmortem.Notes),
            ("notes_html", SafeHtml.FromMarkdown(postmortem.Notes)),
            ("extra_sections", postmortem.ExtraSections.Select(s => (object?)Map(
                ("heading", s.Heading),
                ("body", s.Body),
                ("body_html", SafeHtml.FromMarkdown(s.Body)),
                ("is_trigger", IsTrigger(s)))).ToList()),
            ("timeline_svg", TimelinePicture(postmortem, times, keyNumbers, durations)),
            ("causal_diagram", CausalDiagramHtml.Render(postmortem.ContributingFactors, postmortem.ActionItems)),
            ("style", style),
            ("rendered_at", Time(renderedAt, times)),
            ("generator", "Hindsight " + typeof(ReportModelBuilder).Assembly.GetName().Version?.ToString(3)));
    }

    private static bool IsTrigger(ExtraSection section) =>
        string.Equals(section.Heading.Trim(), TriggerHeading, StringComparison.OrdinalIgnoreCase);

    /// <summary>Numbers the key entries that have a time, in timeline order, so the picture and the table can refer to them.</summary>
    private static Dictionary<TimelineEntry, int> KeyEntryNumbers(List<TimelineEntry> timeline)
    {
        var numbers = new Dictionary<TimelineEntry, int>(ReferenceEqualityComparer.Instance);
        foreach (var entry in timeline.Where(e => e.Key && e.At is not null))
        {
            numbers[entry] = numbers.Count + 1;
        }

        return numbers;
    }

    private static string? TimelinePicture(Postmortem postmortem, ZonedTimeFormatter times, Dictionary<TimelineEntry, int> keyNumbers, PostmortemDurations durations)
    {
        var milestones = new List<TimelineMark>();
        void AddMilestone(DateTimeOffset? at, string label, string cssClass)
        {
            if (at is { } instant)
            {
                milestones.Add(new TimelineMark(instant, label, cssClass));
            }
        }

        AddMilestone(postmortem.Started, "Impact starts", "started");
        AddMilestone(postmortem.Detected, "Detected", "detected");
        AddMilestone(postmortem.Mitigated, "Mitigated", "mitigated");
        AddMilestone(postmortem.Resolved, "Resolved", "resolved");
        var keyEntries = keyNumbers
            .Select(pair => new TimelineMark(pair.Key.At!.Value, pair.Value.ToString(CultureInfo.InvariantCulture), "key", pair.Key.Text))
            .ToList();

        var impactEnd = postmortem.Mitigated ?? postmortem.Resolved;
        var impact = postmortem.Started is { } start && impactEnd is { } end
            ? new TimelineBand(start, end, "users affected · " + Duration(durations.ImpactDuration))
            : null;
        var recovery = postmortem.Mitigated is { } mitigated && postmortem.Resolved is { } resolved
            ? new TimelineBand(mitigated, resolved, "recovery · " + DurationText.Format(resolved - mitigated))
            : null;
        return TimelineSvg.Render(milestones, keyEntries, impact, recovery, times);
    }

    private static Dictionary<string, object?> Impact(Impact impact)
    {
        var figures = new List<object?>();
        if (impact.UsersAffectedPercent is { } percent)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{percent:0.##} % of users affected"));
        }

        if (impact.UsersAffected is { } users)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{users:#,0} users affected"));
        }

        if (impact.RequestsFailed is { } requests)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{requests:#,0} requests failed"));
        }

        if (impact.Cost is { } cost)
        {
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{cost:#,0.##} {impact.Currency ?? ""} cost").Replace("  ", " ", StringComparison.Ordinal));
        }

        return Map(
            ("description", impact.Description),
            ("description_html", SafeHtml.FromMarkdown(impact.Description)),
            ("figures", figures),
            ("quantified", impact.IsQuantified),
            ("users_affected_percent", impact.UsersAffectedPercent),
            ("users_affected", impact.UsersAffected),
            ("requests_failed", impact.RequestsFailed),
            ("cost", impact.Cost),
            ("currency", impact.Currency));
    }

    private static object? Factor(ContributingFactor factor) => Map(
        ("id", factor.Id),
        ("text", factor.Text),
        ("category", ModelText.Of(factor.Category)),
        ("root_cause", factor.RootCause),
        ("whys", Whys(factor.Whys)),
        ("why_depth", factor.WhyDepth),
        ("evidence", factor.Evidence.ToList<object?>()));

    private static List<object?> Whys(List<WhyStep> steps) =>
        [.. steps.Select(step => (object?)Map(("text", step.Text), ("whys", Whys(step.Whys))))];

    private static object? ActionItem(ActionItem item) => Map(
        ("id", item.Id),
        ("title", item.Title),
        ("title_html", SafeHtml.FromInlineMarkdown(item.Title)),
        ("type", item.Type is { } type ? ModelText.Of(type) : null),
        ("priority", item.Priority?.ToString()),
        ("owner", item.Owner),
        ("due", item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("status", ModelText.Of(item.Status)),
        ("factors", item.Factors.ToList<object?>()),
        ("link", SafeLink(item.Link)),
        ("link_text", item.Link));

    /// <summary>The link when a browser may follow it safely (http, https, mailto); a <c>javascript:</c> link stays text.</summary>
    private static string? SafeLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;

    private static string? Duration(TimeSpan? duration) => duration is { } value ? DurationText.Format(value) : null;

    private static Dictionary<string, object?>? Time(DateTimeOffset? instant, ZonedTimeFormatter times) =>
        instant is { } value ? times.Describe(value) : null;

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(entries.Length, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }
}
