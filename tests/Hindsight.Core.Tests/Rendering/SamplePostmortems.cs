using Hindsight.Model;

namespace Hindsight.Core.Tests.Rendering;

/// <summary>Post-mortems written for the rendering tests: one complete, one as thin as an early draft.</summary>
internal static class SamplePostmortems
{
    private static readonly TimeSpan Nairobi = TimeSpan.FromHours(3);

    /// <summary>A fictitious but realistic incident with every part of the model filled in.</summary>
    public static Postmortem Complete() => new()
    {
        Id = "2022-02-26-booktiful",
        Title = "BooktifuL requests failing with HTTP 500",
        Status = PostmortemStatus.InReview,
        Severity = Severity.Sev1,
        TimeZone = "Africa/Nairobi",
        Started = At(2022, 2, 26, 11, 40),
        Detected = At(2022, 2, 26, 12, 0),
        Mitigated = At(2022, 2, 26, 14, 30),
        Resolved = At(2022, 2, 27, 22, 0),
        Impact = new Impact
        {
            Description = "Every page of the platform answered **HTTP 500**; readers could neither browse nor borrow books.",
            UsersAffectedPercent = 90,
            UsersAffected = 41_200,
            RequestsFailed = 1_250_000,
        },
        AffectedServices = ["booktiful-web", "booktiful-api"],
        Tags = ["load-balancer", "capacity"],
        Participants =
        [
            new Participant { Name = "Elie Mwangi", Role = "site reliability engineer" },
            new Participant { Name = "Amina Otieno", Role = "incident commander" },
            new Participant { Role = "on-call engineer" },
        ],
        Summary = "For 34 hours the BooktifuL platform answered most requests with HTTP 500. The primary web server, web-01, ran out of memory because it carried all traffic alone: its partner web-02 had been left out of the load balancer after a test. Elie Mwangi noticed the slowdown on the dashboard.",
        Timeline =
        [
            Entry(2022, 2, 24, 16, 10, "web-02 taken out of the load balancer pool for a failover test", TimelineEntryKind.Deploy, key: true, evidence: "change CHG-1182"),
            Entry(2022, 2, 26, 11, 40, "Memory on web-01 reaches 95 %; p99 latency climbs past 8 s", TimelineEntryKind.Observation, source: "monitoring"),
            Entry(2022, 2, 26, 11, 52, "First HTTP 500 responses from web-01", TimelineEntryKind.Alert, source: "monitoring", evidence: "logs/web-01/error.log:1204"),
            Entry(2022, 2, 26, 12, 0, "Elie Mwangi sees the master server lagging on the dashboard and pages the on-call engineer", TimelineEntryKind.Detection, key: true, source: "chat"),
            Entry(2022, 2, 26, 12, 25, "Incident declared; Amina Otieno takes the incident commander role", TimelineEntryKind.Communication, source: "chat"),
            Entry(2022, 2, 26, 13, 10, "web-01 disconnected for analysis; all traffic sent to web-02", TimelineEntryKind.Action, key: true),
            Entry(2022, 2, 26, 14, 30, "Error rate back under 1 %: users can browse again", TimelineEntryKind.Milestone, key: true),
            Entry(2022, 2, 27, 21, 30, "web-01 back in the pool; round-robin balancing configured across both servers", TimelineEntryKind.Deploy, key: true),
            Entry(2022, 2, 27, 22, 0, "Both servers healthy under peak load; incident resolved", TimelineEntryKind.Milestone),
        ],
        ContributingFactors =
        [
            new ContributingFactor
            {
                Id = "F1",
                Text = "All traffic reached one server because web-02 was left out of the load balancer pool after a test.",
                Category = FactorCategory.Process,
                RootCause = true,
                Whys =
                [
                    Why("The failover test's checklist has no step to put servers back in the pool.",
                        Why("Test checklists are written ad hoc and never reviewed.",
                            Why("No one owns the test procedures of the web tier."))),
                ],
                Evidence = ["change CHG-1182", "load balancer config history"],
            },
            new ContributingFactor
            {
                Id = "F2",
                Text = "No alert fires when the pool has fewer healthy members than expected.",
                Category = FactorCategory.Technology,
                Whys = [Why("Pool membership was never part of the monitoring plan.")],
            },
            new ContributingFactor
            {
                Id = "F3",
                Text = "A single server runs out of memory at half of peak traffic.",
                Category = FactorCategory.Technology,
                RootCause = true,
                Whys = [Why("Capacity was planned for two servers sharing the load.")],
            },
        ],
        Resolution = "web-01 was taken out of the pool for a memory clean-up and put back; the load balancer now uses **round-robin** across web-01 and web-02.",
        ActionItems =
        [
            new ActionItem { Id = "A1", Title = "Add a 'return servers to the pool' step to the failover test checklist", Type = ActionType.Prevent, Priority = Priority.P1, Owner = "web platform team", Due = new DateOnly(2022, 3, 11), Status = ActionStatus.Done, Factors = ["F1"] },
            new ActionItem { Id = "A2", Title = "Alert when the pool has fewer than 2 healthy members for 5 minutes", Type = ActionType.Detect, Priority = Priority.P0, Owner = "SRE", Due = new DateOnly(2022, 3, 4), Status = ActionStatus.InProgress, Factors = ["F2"], Link = "https://tracker.example.com/OPS-311" },
            new ActionItem { Id = "A3", Title = "Load-test one server at peak traffic and size memory for N+1", Type = ActionType.Mitigate, Priority = Priority.P2, Owner = "web platform team", Due = new DateOnly(2022, 4, 1), Factors = ["F3"] },
        ],
        Lessons = new LessonsLearned
        {
            WentWell = ["The dashboard made the memory growth on web-01 obvious.", "Sending all traffic to web-02 restored service quickly."],
            WentWrong = ["Nothing told us that the pool had one member for two days.", "The incident was declared 25 minutes after detection."],
            GotLucky = ["The outage began on a Saturday, when borrowing is lowest."],
        },
        Interviews =
        [
            new Interview { Participant = "Elie Mwangi", Date = new DateOnly(2022, 3, 1), Notes = "Noticed the latency graph first; the **runbook** did not mention the pool size." },
        ],
        Notes = "Raw chat export kept at chat/incident-2022-02-26.txt.",
        ExtraSections = [new ExtraSection("Trigger", "Saturday morning traffic on a single server with no spare memory.")],
    };

    /// <summary>An early draft: a title, a zone and a single timed entry.</summary>
    public static Postmortem Draft() => new()
    {
        Title = "Search results empty",
        TimeZone = "Europe/Berlin",
        Timeline = [new TimelineEntry { At = new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.FromHours(1)), Text = "Index rebuild starts" }],
    };

    /// <summary>What an import of free Markdown gives: no title, times as written and partly unresolved, unplaced notes.</summary>
    public static Postmortem Imported() => new()
    {
        Summary = "Checkout requests timed out for most customers.",
        Timeline =
        [
            new TimelineEntry { OriginalTime = "10:45 AM EAT", UnresolvedReason = "no date before this line", Text = "Latency alerts fire on the checkout API" },
            new TimelineEntry { At = new DateTimeOffset(2023, 3, 1, 14, 2, 0, TimeSpan.Zero), OriginalTime = "2023-03-01 14:02 UTC", Text = "Database failover completes", Key = true },
            new TimelineEntry { OriginalTime = "Day 2, 09:00", UnresolvedReason = "the document gives no first day", Text = "Post-incident review" },
        ],
        ActionItems = [new ActionItem { Title = "Add connection pool alerts" }],
        Notes = "Paragraph the importer could not place.",
    };

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, Nairobi);

    private static TimelineEntry Entry(int year, int month, int day, int hour, int minute, string text, TimelineEntryKind kind, bool key = false, string? source = null, string? evidence = null) =>
        new() { At = At(year, month, day, hour, minute), Text = text, Kind = kind, Key = key, Source = source, Evidence = evidence };

    private static WhyStep Why(string text, params WhyStep[] deeper) => new() { Text = text, Whys = [.. deeper] };
}
