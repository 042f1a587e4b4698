using Hindsight.Import;
using Hindsight.Model;

namespace Hindsight.Core.Tests.Import;

public class PostmortemImporterTests
{
    [Fact]
    public void Import_PlainTextAlxLayout_ReadsSectionsWithoutMarkdown()
    {
        var result = ImportFixtures.Import("alx-plain.md");
        var postmortem = result.Postmortem;

        Assert.Null(postmortem.Title);
        Assert.Equal(["09:15 AM WAT", "09:20 AM WAT", "10:05 AM WAT", "11:25 AM WAT"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("On-call engineer acknowledged the page. The dashboard showed TLS handshake failures.", postmortem.Timeline[1].Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 15, 0, TimeSpan.FromHours(1)), postmortem.Timeline[0].At);
        Assert.Equal("Africa/Lagos", postmortem.TimeZone);
        Assert.Equal("The gateway certificate was renewed by hand every year and the renewal was missed.", Assert.Single(postmortem.ContributingFactors, factor => factor.RootCause).Text);
        Assert.Equal("A new certificate was issued and deployed to both gateway nodes.", postmortem.Resolution);
        Assert.Equal(4, postmortem.ActionItems.Count);
        Assert.Equal("Certificate Automation: Renew gateway certificates automatically with ACME.", postmortem.ActionItems[0].Title);
    }

    [Fact]
    public void Import_PlainTextAlxLayout_KeepsConcludingProseInNotes()
    {
        var result = ImportFixtures.Import("alx-plain.md");

        Assert.Contains("We are confident these steps", result.Postmortem.Notes, StringComparison.Ordinal);
        Assert.Equal(26, result.SourceMap.LineOf(result.Postmortem, "notes"));
    }

    [Fact]
    public void Import_StatedDurationAndFigures_AreReportedWithTheirLines()
    {
        var result = ImportFixtures.Import("alx-plain.md");

        Assert.Equal("2 hours and 10 minutes", result.Duration.LengthText);
        Assert.Equal(3, result.Duration.LengthLine);
        Assert.Equal(TimeSpan.FromMinutes(130), result.Duration.Length);
        Assert.Equal("09:15 AM", result.Duration.StartText);
        Assert.Equal("11:25 AM WAT", result.Duration.EndText);
        Assert.True(result.Duration.IsStated);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 15, 0, TimeSpan.FromHours(1)), result.Postmortem.Started);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 11, 25, 0, TimeSpan.FromHours(1)), result.Postmortem.Resolved);
        Assert.Equal(40, result.Postmortem.Impact.UsersAffectedPercent);
        Assert.Equal(12_500, result.Postmortem.Impact.UsersAffected);
        Assert.All(result.ImpactFigures, figure => Assert.Equal(5, figure.Line));
    }

    [Fact]
    public void Import_HtmlListsAndStrongStamps_StripsTagsFromEvents()
    {
        var postmortem = ImportFixtures.Import("alx-html.md").Postmortem;

        Assert.Equal("Postmortem: Search Latency Incident", postmortem.Title);
        Assert.Equal(["10:30 AM", "10:40 AM", "11:45 AM"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Index shard 4 found with a full disk.", postmortem.Timeline[1].Text);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 10, 40, 0, TimeSpan.Zero), postmortem.Timeline[1].At);
        Assert.Equal(["Delete snapshots automatically after seven days.", "Alert when a data disk is 80% full.", "Add disk usage to the search dashboard."], postmortem.ActionItems.Select(item => item.Title));
        Assert.Contains("expect the search service to stay fast", postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_GoogleStyle_ReadsFieldsTableLessonsAndDatedTimeline()
    {
        var postmortem = ImportFixtures.Import("google-style.md").Postmortem;

        Assert.Equal("Queue Backlog Postmortem (incident #12)", postmortem.Title);
        Assert.Equal("Order processing stalled for 48 minutes after a consumer deployment.", postmortem.Summary);
        Assert.Equal(3_400, postmortem.Impact.RequestsFailed);
        Assert.True(postmortem.ContributingFactors[0].RootCause);
        Assert.Contains(postmortem.ContributingFactors, factor => !factor.RootCause && factor.Text == "Deployment of consumer version 2.4.");
        Assert.Equal("Rolled back the consumer to version 2.3.", postmortem.Resolution);
        Assert.Equal([("ana", ActionType.Prevent), ("bo", ActionType.Detect)], postmortem.ActionItems.Select(item => (item.Owner!, item.Type!.Value)));
        Assert.Equal(["Rollback took four minutes"], postmortem.Lessons.WentWell);
        Assert.Single(postmortem.Lessons.WentWrong);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 14, 2, 0, TimeSpan.Zero), postmortem.Timeline[0].At);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 14, 10, 0, TimeSpan.Zero), postmortem.Started);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 14, 58, 0, TimeSpan.Zero), postmortem.Resolved);
        Assert.Equal(["ana", "bo"], postmortem.Participants.Select(participant => participant.Name));
    }

    [Fact]
    public void Import_ReportInsideMarkdownFence_ReadsTheReportAndKeepsInnerCode()
    {
        var result = ImportFixtures.Import("code-fenced.md");
        var postmortem = result.Postmortem;

        Assert.Equal("Postmortem Report: Cache Stampede", postmortem.Title);
        Assert.Equal(2, postmortem.Timeline.Count);
        Assert.Contains("./warm-cache --all", postmortem.ContributingFactors[0].Text, StringComparison.Ordinal);
        Assert.Equal("Traffic was held back until the cache was warm.", postmortem.Resolution);
        Assert.Equal(2, postmortem.ActionItems.Count);
        Assert.DoesNotContain(result.Sections, section => section.Heading.Contains("warm the cache", StringComparison.Ordinal));
        Assert.Equal("ure! Here is the postmortem you asked for:", postmortem.Notes);
    }

    [Fact]
    public void Import_ProseWithoutHeadings_StatesDurationFromTheRange()
    {
        var result = ImportFixtures.Import("free-form.md");

        Assert.Null(result.Postmortem.Title);
        Assert.Equal("3 hours", result.Duration.LengthText);
        Assert.Equal("15:30", result.Duration.StartText);
        Assert.Equal("18:10 UTC", result.Duration.EndText);
        Assert.Contains("long-running migration", result.Postmortem.Summary, StringComparison.Ordinal);
        Assert.False(result.ImpactFigureStated);
    }

    [Fact]
    public void Import_SeedReport_ReadsProseTimelineWithInformalZone()
    {
        var result = ImportFixtures.Import("booktiful-report.md");
        var postmortem = result.Postmortem;

        Assert.Equal("BooktifuL requests failure report", postmortem.Title);
        Assert.Equal(["Saturday 26th February 1200 hours (East Africa Time)", "Sunday 27th Febraury 2200 hours (East Africa Time)"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.All(postmortem.Timeline, entry => Assert.Null(entry.At));
        Assert.All(postmortem.Timeline, entry => Assert.Contains("no year", entry.UnresolvedReason, StringComparison.Ordinal));
        Assert.Equal(90, postmortem.Impact.UsersAffectedPercent);
        Assert.False(result.Duration.IsStated);
        Assert.Equal(3, postmortem.ActionItems.Count);
        Assert.Equal([14, 15, 16], postmortem.ActionItems.Select(item => result.SourceMap.LineOf(item)));
        Assert.StartsWith("The BooktifuL platform is served by 2 ubuntu cloud servers.", postmortem.ContributingFactors.Single().Text, StringComparison.Ordinal);
        Assert.StartsWith("The issue was fixed when", postmortem.Resolution, StringComparison.Ordinal);
        Assert.Equal(1, result.SourceMap.LineOf(postmortem, "title"));
        Assert.Equal(11, result.SourceMap.LineOf(postmortem, "resolution"));
    }

    [Fact]
    public void Import_SeedReportWithYear_ResolvesEastAfricaTime()
    {
        var postmortem = ImportFixtures.Import("booktiful-report.md", new ImportOptions { ReferenceYear = 2022 }).Postmortem;

        Assert.Equal(new DateTimeOffset(2022, 2, 26, 12, 0, 0, TimeSpan.FromHours(3)), postmortem.Timeline[0].At);
        Assert.Equal(new DateTimeOffset(2022, 2, 27, 22, 0, 0, TimeSpan.FromHours(3)), postmortem.Timeline[1].At);
        Assert.Equal("Africa/Nairobi", postmortem.TimeZone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t")]
    public void Import_EmptyDocument_ReportsEmptyAndReturnsAModel(string text)
    {
        var result = PostmortemImporter.Import(text);

        Assert.NotNull(result.Postmortem);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == Hindsight.Diagnostics.DiagnosticCodes.EmptyFile);
    }

    [Fact]
    public void Import_UnknownSection_IsKeptVerbatim()
    {
        var result = PostmortemImporter.Import("# Outage\n\n## Summary\n\nDown.\n\n## Humorous Note\n\nThe load balancer *took a nap*.\n");

        var extra = Assert.Single(result.Postmortem.ExtraSections);
        Assert.Equal("Humorous Note", extra.Heading);
        Assert.Equal("The load balancer *took a nap*.", extra.Body);
    }

    [Fact]
    public void Import_ActionTableWithDueAndStatus_ReadsThem()
    {
        var text = "# Outage\n\n## Action Items\n\n| Action | Owner | Priority | Due | Status |\n| --- | --- | --- | --- | --- |\n| Add a lock timeout | Team DB | P1 | 2024-04-01 | done |\n";

        var item = PostmortemImporter.Import(text).Postmortem.ActionItems.Single();

        Assert.Equal("Add a lock timeout", item.Title);
        Assert.Equal("Team DB", item.Owner);
        Assert.Equal(Priority.P1, item.Priority);
        Assert.Equal(new DateOnly(2024, 4, 1), item.Due);
        Assert.Equal(ActionStatus.Done, item.Status);
    }

    [Fact]
    public void Import_ActionTableAmongSummaryFields_IsReadAsTheMeasures()
    {
        var text = "# Chain halt\n\n**Impact**: Downtime for 30 hours.\n**Trigger**: An incomplete fix.\n\n| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| Bundle everything into the binary | prevention | Core team | n/a |\n| Add logs to chain start | mitigation | Core team | TODO |\n\n## Lessons Learned\n\n- Test upgrades on several nodes.\n";

        var result = PostmortemImporter.Import(text);

        Assert.Equal(["Bundle everything into the binary", "Add logs to chain start"], result.Postmortem.ActionItems.Select(item => item.Title));
        Assert.All(result.Postmortem.ActionItems, item => Assert.Equal("Core team", item.Owner));
        Assert.DoesNotContain("Bundle", result.Postmortem.Summary ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Events Timeline")]
    [InlineData("Incident timeline")]
    public void Import_HeadingEndingInTimeline_IsTheTimeline(string heading)
    {
        var text = $"# Sign-in outage\n\n## {heading}\n\n- 04-12-2022 7:23 AM GMT+1 - Users opened tickets.\n- 04-12-2022 8:12 AM GMT+1 - Support reproduced it.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["04-12-2022 7:23 AM GMT+1", "04-12-2022 8:12 AM GMT+1"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Users opened tickets.", timeline[0].Text);
        Assert.Equal(new DateTimeOffset(2022, 12, 4, 7, 23, 0, TimeSpan.FromHours(1)), timeline[0].At);
    }

    [Fact]
    public void Import_LessonsAndFutureImprovements_CountsTheImprovementsAsActions()
    {
        var text = "# Stall\n\n## Lessons Learned and Future Improvements\n\nAdd more thorough testing of the mempool\nAdd a notification in the GUI when the chain stalls\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Import_TimelineInsideACodeFence_IsReadLineByLine()
    {
        var text = "# Stall\n\n## Timeline (Japan time)\n\n```\n21:48: The last block was farmed.\n22:11: The node showed Not synced. Blocks had stopped.\n22:12: The team was notified.\n```\n\n## Root Cause\n\nAn unchecked negative value.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["21:48", "22:11", "22:12"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("The node showed Not synced. Blocks had stopped.", timeline[1].Text);
    }

    [Fact]
    public void Import_MeasuresOnePerLineWithoutMarkers_CountsEveryLineOfTheBlock()
    {
        var text = "# Stall\n\n## Future Improvements\nAdd negative tests for every integer type.\nMinimize the number of data structures.\nBug bounty to get more eyes on the consensus code.\nMore automated alarms for stalled chains.\n\nWe will review these in a month.\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(4, items.Count);
        Assert.Equal("Bug bounty to get more eyes on the consensus code.", items[2].Title);
    }

    [Theory]
    [InlineData("**Postmortem: Nginx Service Outage**\n\n---\n\n### Issue Summary\n\nThe site was down.\n", "Postmortem: Nginx Service Outage")]
    [InlineData("The site was down for an hour.\n\n### Issue Summary\n\nThe site was down.\n", null)]
    public void Import_BoldLineAboveASectionHeading_IsTheTitle(string text, string? title)
    {
        Assert.Equal(title, PostmortemImporter.Import(text).Postmortem.Title);
    }

    [Fact]
    public void Import_NumberedMeasuresWithBulletedDetails_CountsTheNumberedOnes()
    {
        var text = "# Migration\n\n## Remediation\n\n1.  **Move to a partitioned table**\n\n-   Created the new table.\n-   Backfilled the old rows.\n\n2.  **Root cause monitoring for engine limits**\n\n-   Alert on OID usage.\n\n3.  **Runbooks for engine limits**\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(3, items.Count);
        Assert.StartsWith("Move to a partitioned table", items[0].Title, StringComparison.Ordinal);
        Assert.Contains("Backfilled the old rows.", items[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Root cause monitoring", items[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StaticSiteFrontMatter_IsNoHeadingAndGoesToTheNotes()
    {
        var text = "---\ntitle: Postmortem Example\nexcerpt: An example\n---\n\n# Incident #1 - Rollout caused an outage\n\n## Summary\n\nThe rollout failed.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal("Incident #1 - Rollout caused an outage", postmortem.Title);
        Assert.Equal("The rollout failed.", postmortem.Summary);
        Assert.Contains("excerpt: An example", postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EstimatedAndEmphasisedStamps_KeepTheirMarksAndZoneWord()
    {
        var text = "# Outage\n\n## Timeline\n\n- **07:32 GWT** => Users got 500 errors.\n- ~07:40: Apache was found stuck.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["07:32 GWT", "~07:40"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Users got 500 errors.", timeline[0].Text);
    }

    [Fact]
    public void Import_StartAndResolutionInOneSentence_StateTheDuration()
    {
        var text = "# Config outage\n\n## Issue Summary\n\nThe outage began at **14:30 UTC, March 6, 2025** and was resolved by **14:45 UTC, March 6, 2025**.\n";

        var duration = PostmortemImporter.Import(text).Duration;

        Assert.True(duration.IsStated);
        Assert.StartsWith("14:30 UTC", duration.StartText, StringComparison.Ordinal);
        Assert.StartsWith("14:45 UTC", duration.EndText, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TodoListSection_HoldsTheMeasures()
    {
        var text = "# Rollout outage\n\n## TODO List\n\n### Short term\n\n- Add memory alerts.\n- Canary every rollout.\n\n### Medium term\n\n- Load-test releases in staging.\n";

        Assert.Equal(3, PostmortemImporter.Import(text).Postmortem.ActionItems.Count);
    }

    [Fact]
    public void Import_ProjectTasksAboveThePostmortem_AreKeptAsASectionNotMeasures()
    {
        var text = "# Incident write-ups\n\n## Tasks\n\n1. **Write the report**\n   - Describe the outage in 500 words.\n\n## Usage\n\nClone the repository.\n\n"
            + "---\n\n## Issue Summary\n\nThe cache cluster was down for an hour.\n\n## Corrective and Preventative Measures\n\n"
            + "- Add a second cache node.\n- Alert on eviction rate.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(["Add a second cache node.", "Alert on eviction rate."], postmortem.ActionItems.Select(item => item.Title));
        var tasks = Assert.Single(postmortem.ExtraSections, section => section.Heading == "Tasks");
        Assert.Contains("Describe the outage in 500 words.", tasks.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TasksSectionAloneAtTheTop_StaysTheMeasures()
    {
        var text = "# Cache outage\n\n## Tasks\n\n- Add a second cache node.\n\n## Issue Summary\n\nThe cache cluster was down for an hour.\n";

        Assert.Equal(["Add a second cache node."], PostmortemImporter.Import(text).Postmortem.ActionItems.Select(item => item.Title));
    }

    [Fact]
    public void Import_MeasureThatIsOnlyALabelOverADiagram_IsNoMeasure_AndStaysInTheNotes()
    {
        var text = "# Cache outage\n\n## Issue Summary\n\nThe cache was down.\n\n## Corrective and Preventative Measures\n\n"
            + "1. Add a second cache node.\n2. **Flowchart:**\n\n   ```\n   alert --> page --> fix\n   ```\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(["Add a second cache node."], postmortem.ActionItems.Select(item => item.Title));
        Assert.Contains("Flowchart:", postmortem.Notes ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MeasuresUnderCompletedOrInProgress_TakeTheStatusTheirGroupNames()
    {
        var text = "# Pool exploit\n\n## Summary\n\nA pool was drained.\n\n## Remediation\n\nCompleted:\n\n- Pool halted.\n- Oracle patched.\n\n"
            + "In progress:\n\n- Audit the other pools.\n- Rotate the keys.\n\nPlanned:\n\n- Add a price-deviation circuit breaker.\n- Alert on drains.\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(
            [ActionStatus.Done, ActionStatus.Done, ActionStatus.InProgress, ActionStatus.InProgress, ActionStatus.Open, ActionStatus.Open],
            items.Select(item => item.Status));
    }

    [Fact]
    public void Import_Title_KeepsTheAuthorsSpacingWithoutMarkup()
    {
        var postmortem = PostmortemImporter.Import("# ERROR 500:  It's a **Crisis**   \n\n## Issue Summary\n\nThe site was down.\n").Postmortem;

        Assert.Equal("ERROR 500:  It's a Crisis", postmortem.Title);
    }

    [Fact]
    public void Import_ConclusionAfterPlainMeasures_IsNoMeasure()
    {
        var text = "Database outage\n\nAction Items\nDeploy a second standby server in another data centre.\nAdd replication integrity checks to monitoring.\n\nConclusion\nThis incident showed where failover is weak.\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(["Deploy a second standby server in another data centre.", "Add replication integrity checks to monitoring."], items.Select(item => item.Title));
    }

    [Fact]
    public void Import_ItemWithBoldLabel_KeepsTheLabelWithoutItsMarkup()
    {
        var text = "# Outage\n\n## Corrective and preventative measures\n\n- **Configuration review:** Review every change before it ships.\n- **Alerting**: Page on CPU above 90 %.\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(["Configuration review: Review every change before it ships.", "Alerting: Page on CPU above 90 %."], items.Select(item => item.Title));
    }

    [Fact]
    public void Import_MeasuresSectionWrittenOnePerLine_AfterOneWithMarkers_AreItems()
    {
        var text = "# Outage\n\n## Corrective and preventative measures\n\n- **Rollback plan:** Write a rollback plan.\n\n## Tasks to Address the Issue:\n\nConduct a review meeting.\nDevelop a file extension policy.\nBy doing these steps, we aim to avoid outages.\n";

        var result = PostmortemImporter.Import(text);

        Assert.Equal(["Rollback plan: Write a rollback plan.", "Conduct a review meeting.", "Develop a file extension policy."], result.Postmortem.ActionItems.Select(item => item.Title));
        Assert.Contains("we aim to avoid outages", result.Postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TableOfContentsLinks_OpenNoSection()
    {
        var text = "# Outage\n\n- [Timeline](#timeline)\n- [Tasks](#tasks)\n- [License](#license)\n\n## Timeline\n\n- 10:00 UTC: alert.\n\n## Action items\n\n- Add a canary.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal("Add a canary.", Assert.Single(postmortem.ActionItems).Title);
        Assert.Single(postmortem.Timeline);
    }

    [Fact]
    public void Import_UnmarkedLinesUnderAListedGroupLabel_AreItsItems()
    {
        var text = "# Outage\n\n**Corrective and Preventative Measures:**\n* **Improvements/Fixes:**\nAutomate the pool scaling.\nAlert on pool usage above 80 %.\n* **Tasks:**\nRaise the pool limit to 200.\n\nIn conclusion, the pool ran out of connections because it never grew with the traffic.\n";

        var result = PostmortemImporter.Import(text);

        Assert.Equal(["Automate the pool scaling.", "Alert on pool usage above 80 %.", "Raise the pool limit to 200."], result.Postmortem.ActionItems.Select(item => item.Title));
        Assert.Contains("In conclusion", result.Postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_IndentedLabelWithTaskAndDeadline_BecomesOneItemWithDueDate()
    {
        var text = "Corrective and Preventative Measures:\n\n    Tasks:\n\n        Monitoring Enhancement:\n            Task: Alert on uneven traffic.\n            Deadline: December 20, 2023.\n\n        Documentation Update:\n            Task: Write the runbook.\n            Deadline: December 21, 2023.\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal(2, items.Count);
        Assert.Equal("Monitoring Enhancement: Task: Alert on uneven traffic. Deadline: December 20, 2023.", items[0].Title);
        Assert.Equal(new DateOnly(2023, 12, 20), items[0].Due);
    }

    [Fact]
    public void Import_SeedReport_StampsSayWhatTheyStateThemselves()
    {
        var result = ImportFixtures.Import("booktiful-report.md");

        var stamp = result.Stamps[0];
        Assert.Same(result.Postmortem.Timeline[0], stamp.Entry);
        Assert.Equal(5, stamp.Line);
        Assert.True(stamp.HasDate);
        Assert.False(stamp.HasYear);
        Assert.Equal("East Africa Time", stamp.ZoneText);
        Assert.Equal("Africa/Nairobi", stamp.ZoneIana);
        Assert.True(stamp.ZoneIsAbbreviation);
        Assert.Equal(DayOfWeek.Saturday, stamp.Weekday);
    }

    [Fact]
    public void Import_TimelineStepsNamedBeforeTheirStamps_StayEntriesWithTheirNames()
    {
        var text = "# Outage\n\n## Timeline\n* **Issue Detected:** May 10, 2023, 08:00 AM (UTC) - Alerts fired on 5xx rates.\n* **Investigation:** 08:10 AM - The gateway logs were read.\n* **Resolution:** 09:30 AM - A renewed certificate was deployed.\n\n## Root cause\n\nThe certificate was renewed by hand.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(["May 10, 2023, 08:00 AM (UTC)", "08:10 AM", "09:30 AM"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.Equal(["Issue Detected: Alerts fired on 5xx rates.", "Investigation: The gateway logs were read.", "Resolution: A renewed certificate was deployed."], postmortem.Timeline.Select(entry => entry.Text));
        Assert.Equal(new DateTimeOffset(2023, 5, 10, 9, 30, 0, TimeSpan.Zero), postmortem.Timeline[2].At);
        Assert.Null(postmortem.Resolution);
    }

    [Fact]
    public void Import_PhaseLabelsOverStampedEntries_StayInTheTimeline()
    {
        var text = "Breach report\n\nTimeline:\n\nDetection:\n\n- 2:00 PM (UTC): Alerts on unusual access.\n\nResolution:\n\n- 3:00 PM (UTC): The vulnerability was patched.\n\nRoot cause:\n\nA weak password.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(["2:00 PM (UTC)", "3:00 PM (UTC)"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Alerts on unusual access. Resolution:", postmortem.Timeline[0].Text);
        Assert.Null(postmortem.Resolution);
    }

    [Fact]
    public void Import_PhaseLabelOverItemsThatTellTheirTimeInPassing_StaysInTheTimeline()
    {
        var text = "# Database outage\n\n## Timeline\n\n**Detection:**\n\n- Time: March 3, 2023, 2:00 PM (UTC)\n\n**Resolution:**\n\n"
            + "- The disk was replaced.\n- Service was back by 3:10 PM (UTC).\n\n## Root Cause and Resolution\n\nA failing disk; it was replaced.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(["March 3, 2023, 2:00 PM (UTC)", "3:10 PM (UTC)"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.Equal(new DateTimeOffset(2023, 3, 3, 15, 10, 0, TimeSpan.Zero), postmortem.Timeline[1].At);
        Assert.Contains("The disk was replaced.", postmortem.Timeline[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TableRowHoldingOnlyADayAndMonth_DatesTheRowsAfterIt()
    {
        var text = "# Outage\n\n**Date**: 01/30/2020\n\n## Timeline\n\nTime | Description\n---- | -----------\n1/28 | \n"
            + "12:45 UTC | A pull request was opened.\n1/30 | \n09:00 UTC | Alerts fired.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["A pull request was opened.", "Alerts fired."], timeline.Select(entry => entry.Text));
        Assert.Equal(new DateTimeOffset(2020, 1, 28, 12, 45, 0, TimeSpan.Zero), timeline[0].At);
        Assert.Equal(new DateTimeOffset(2020, 1, 30, 9, 0, 0, TimeSpan.Zero), timeline[1].At);
    }

    [Fact]
    public void Import_StampsMarkedAsEstimates_KeepTheirMarkAndTheirTime()
    {
        var text = "# Database outage\n\n## Timeline\n\nMarch 3, 2023\n\n- **\u00b1 17:20 UTC:** a snapshot was taken (at 01:00 UTC).\n- ~19:00 UTC: load rose.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["\u00b1 17:20 UTC", "~19:00 UTC"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("a snapshot was taken (at 01:00 UTC).", timeline[0].Text);
        Assert.Equal(new DateTimeOffset(2023, 3, 3, 17, 20, 0, TimeSpan.Zero), timeline[0].At);
    }

    [Fact]
    public void Import_AngleBracketPlaceholders_AreTextNotHtml()
    {
        var text = "# Plex outage\n\n## Issue Summary\n\nLocal access (<private_ip>:<plex_port>/web) failed; <b>remote</b> access dropped.\n";

        Assert.Equal("Local access (<private_ip>:<plex_port>/web) failed; remote access dropped.", PostmortemImporter.Import(text).Postmortem.Summary);
    }

    [Fact]
    public void Import_UnstampedStepsOfATightTimelineList_BelongToTheEntryBefore()
    {
        var text = "# Outage\n\n**Timeline:**\n* **Issue Detected:** May 10, 2023, 08:00 AM - Alerts fired.\n* **Escalation:** The database team was paged.\n* **Resolution:** The pool was found exhausted.\n\n**Resolution:** The pool limit was raised.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        var entry = Assert.Single(postmortem.Timeline);
        Assert.EndsWith("**Resolution:** The pool was found exhausted.", entry.Text, StringComparison.Ordinal);
        Assert.Equal("The pool limit was raised.", postmortem.Resolution);
    }

    [Fact]
    public void Import_NarrativeWhoseParagraphsOpenWithTimes_IsTheTimelineWhenThereIsNone()
    {
        var text = "# Search outage\n\n## Summary\n\nSearch was unavailable for two hours.\n\n## What happened\n\nOn 11 April 2026, at 09:12 UTC, the cluster stopped accepting writes.\n\nAt 09:20 UTC the disk alert paged the on-call engineer.\nThe alert named the full data disk.\n\nAt 10:05 UTC old snapshots were deleted and writes resumed.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(["11 April 2026, at 09:12 UTC", "09:20 UTC", "10:05 UTC"], postmortem.Timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("the disk alert paged the on-call engineer. The alert named the full data disk.", postmortem.Timeline[1].Text);
        Assert.Equal(new DateTimeOffset(2026, 4, 11, 10, 5, 0, TimeSpan.Zero), postmortem.Timeline[2].At);
        Assert.Equal("Search was unavailable for two hours.", postmortem.Summary);
    }

    [Fact]
    public void Import_NarrativeWithOneTimedParagraph_StaysProse()
    {
        var text = "# Search outage\n\n## What happened\n\nAt 09:12 UTC the cluster stopped accepting writes.\n\nThe disk had filled with snapshots nobody pruned.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Empty(postmortem.Timeline);
        Assert.Contains("snapshots nobody pruned", postmortem.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StartAndEndTimesLabelledOnTheDurationLine_AreTheOutageWindow()
    {
        var text = "# Outage\n\n**Duration**: 10 hrs, Start time: Aug 22, 2024 1:00 PM (GMT+03:00),- End time: Aug 22, 2024 11:00 PM (GMT+03:00)\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(new DateTimeOffset(2024, 8, 22, 13, 0, 0, TimeSpan.FromHours(3)), postmortem.Started);
        Assert.Equal(new DateTimeOffset(2024, 8, 22, 23, 0, 0, TimeSpan.FromHours(3)), postmortem.Resolved);
    }

    [Theory]
    [InlineData("Only about __3.6%__ of users were affected.", "about 3.6% of users")]
    [InlineData("**30%** of customers saw errors.", "30% of customers")]
    public void Import_EmphasisedPercentOfUsers_IsTheShareOfUsersAffected(string sentence, string figure)
    {
        var result = PostmortemImporter.Import("# Outage\n\n## Summary\n\n" + sentence + "\n");

        Assert.Equal(figure, Assert.Single(result.ImpactFigures).Text);
        Assert.NotNull(result.Postmortem.Impact.UsersAffectedPercent);
    }

    [Fact]
    public void Import_ConcurrentRequests_AreTheLoadNotTheFailures()
    {
        var text = "# Load test outage\n\n## Impact\n\nOut of 2000 requests (with 100 concurrent requests), **943 requests failed**.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal(943, postmortem.Impact.RequestsFailed);
    }

    [Fact]
    public void Import_ThresholdsAndSettings_AreNoImpactFigures()
    {
        var text = "# API incident\n\n## Impact\n\nAlerts fire when the error rate exceeds 5%, and the gateway allows up to 100 concurrent requests per client.\n";

        var result = PostmortemImporter.Import(text);

        Assert.Empty(result.ImpactFigures);
        Assert.False(result.Postmortem.Impact.IsQuantified);
    }

    [Fact]
    public void Import_HarmNextToASetting_IsStillAnImpactFigure()
    {
        var text = "# API incident\n\n## Impact\n\nWith a limit of 100 connections, about 20% of requests failed and 3,000 users saw errors.\n";

        var result = PostmortemImporter.Import(text);

        Assert.Equal(["about 20% of requests", "3,000 users"], result.ImpactFigures.Select(figure => figure.Text));
        Assert.Equal(3000, result.Postmortem.Impact.UsersAffected);
    }

    [Fact]
    public void Import_DayAndMonthStamp_IsAnEntryOnlyWhereOnePartCannotBeAMonth()
    {
        var text = "# Outage\n\n## Timeline\n\n- 15/08 - the issue was detected by curling the server.\n- 03/04 - the fix was deployed.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        var entry = Assert.Single(timeline);
        Assert.Equal("15/08", entry.OriginalTime);
        Assert.Equal("the issue was detected by curling the server. 03/04 - the fix was deployed.", entry.Text);
        Assert.Equal("the stamp gives a date but no time of day", entry.UnresolvedReason);
    }

    [Fact]
    public void Import_AuthorsNotesSection_JoinsTheNotesAndTheWrittenFileStaysValid()
    {
        var text = "# Outage\n\nSome words before any section.\n\n## Timeline\n\n- 2024-01-01 10:00 UTC: alert.\n\n## Notes\n\nThe author's own note.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.DoesNotContain(postmortem.ExtraSections, section => section.Heading == "Notes");
        Assert.Contains("The author's own note.", postmortem.Notes, StringComparison.Ordinal);
        Assert.DoesNotContain(Hindsight.Format.PostmortemFile.Parse(Hindsight.Format.PostmortemFile.Write(postmortem)).Diagnostics, diagnostic => diagnostic.Severity == Hindsight.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Import_UtcStamp_IsNotAnInformalZone()
    {
        var result = PostmortemImporter.Import("# X\n\n## Timeline\n\n- 2024-01-01 10:00 UTC: a\n- 10:05: b\n");

        Assert.False(result.Stamps[0].ZoneIsAbbreviation);
        Assert.True(result.Stamps[0].HasYear);
        Assert.Null(result.Stamps[1].ZoneText);
        Assert.False(result.Stamps[1].HasDate);
    }

    [Fact]
    public void Import_TaskListItems_TickedOnesAreDoneWithOwnerAndPriority()
    {
        var text = "# Outage\n\n## Follow-up\n\n- [x] Add alert (owner: SRE team, P2)\n- [ ] Fix retry storm\n";

        var items = PostmortemImporter.Import(text).Postmortem.ActionItems;

        Assert.Equal([ActionStatus.Done, ActionStatus.Open], items.Select(item => item.Status));
        Assert.Equal("SRE team", items[0].Owner);
        Assert.Equal(Priority.P2, items[0].Priority);
        Assert.Equal("Fix retry storm", items[1].Title);
    }
}
