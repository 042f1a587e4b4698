using Hindsight.Import;

namespace Hindsight.Core.Tests.Import;

public class TimelineTimeResolutionTests
{
    [Fact]
    public void Import_OffsetStamps_CountFromTheLastEntryWithATimeOfDay()
    {
        var text = "# X\n\n## Timeline\n\n- **2024-05-01 14:02 UTC** — first alert fires.\n- **+5 min** — the page is acknowledged.\n- **T+1h 30m** — all clear.\n- 2024-05-01 16:00 UTC: review.\n- T+0 — a note, +5 min later than nothing.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["2024-05-01 14:02 UTC", "+5 min", "T+1h 30m", "2024-05-01 16:00 UTC", "T+0"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 14, 7, 0, TimeSpan.Zero), timeline[1].At);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 15, 32, 0, TimeSpan.Zero), timeline[2].At);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 16, 0, 0, TimeSpan.Zero), timeline[4].At);
        Assert.Equal("a note, +5 min later than nothing.", timeline[4].Text);
    }

    [Fact]
    public void Import_OffsetBeforeAnyTimeOfDay_IsUnresolvedWithItsReason()
    {
        var text = "# X\n\n## Timeline\n\n- +5 min: the page is acknowledged.\n- 14:02: first alert fires.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal("+5 min", timeline[0].OriginalTime);
        Assert.Null(timeline[0].At);
        Assert.Contains("'+5 min' counts from the entry before it with a time of day", timeline[0].UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TimesWithoutDateAfterDatedLine_CarryTheDateAndRollOverMidnight()
    {
        var result = ImportFixtures.Import("times.md");
        var timeline = result.Postmortem.Timeline;
        var chicago = TimeSpan.FromHours(-6);

        Assert.Equal(new DateTimeOffset(2024, 1, 15, 22, 0, 0, chicago), timeline[0].At);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 23, 30, 0, chicago), timeline[1].At);
        Assert.Equal(new DateTimeOffset(2024, 1, 16, 1, 15, 0, chicago), timeline[2].At);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == ImportDiagnosticCodes.NextDayAssumed && diagnostic.Line == 11);
    }

    [Fact]
    public void Import_RelativeDayAndRange_ResolveFromTheFirstDay()
    {
        var timeline = ImportFixtures.Import("times.md").Postmortem.Timeline;

        Assert.Equal("Day 2, 09:00 CST", timeline[3].OriginalTime);
        Assert.Equal(new DateTimeOffset(2024, 1, 16, 9, 0, 0, TimeSpan.FromHours(-6)), timeline[3].At);
        Assert.Equal("14:02 - 14:30 CST", timeline[4].OriginalTime);
        Assert.Equal(new DateTimeOffset(2024, 1, 16, 14, 2, 0, TimeSpan.FromHours(-6)), timeline[4].At);
        Assert.Equal("4: 45 pm CST", timeline[5].OriginalTime);
        Assert.Equal(16, timeline[5].At?.Hour);
    }

    [Fact]
    public void Import_AmbiguousAbbreviation_IsReportedOnceWithItsLine()
    {
        var result = ImportFixtures.Import("times.md");

        var warning = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == ImportDiagnosticCodes.AmbiguousZone);
        Assert.Equal(9, warning.Line);
        Assert.Contains("Asia/Shanghai", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StandardTimeAbbreviationInSummer_KeepsTheWrittenOffsetAndWarns()
    {
        var result = PostmortemImporter.Import("# Outage\n\n## Timeline\n\n- 13:15 PST 29 april 2022 - a customer complained\n");

        Assert.Equal(new DateTimeOffset(2022, 4, 29, 13, 15, 0, TimeSpan.FromHours(-8)), result.Postmortem.Timeline[0].At);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == ImportDiagnosticCodes.ZoneAbbreviationMismatch && diagnostic.Line == 5);
    }

    [Fact]
    public void Import_TimeWithoutZone_UsesDefaultZoneFromOptions()
    {
        var text = "# Outage\n\nOn 2024-05-01 the API was down.\n\n## Timeline\n\n- 10:00: alert fired\n";

        var without = PostmortemImporter.Import(text).Postmortem.Timeline[0];
        var with = PostmortemImporter.Import(text, new ImportOptions { DefaultTimeZone = "Africa/Nairobi" }).Postmortem.Timeline[0];

        Assert.Null(without.At);
        Assert.Contains("no time zone", without.UnresolvedReason, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(3)), with.At);
    }

    [Fact]
    public void Import_TimeWithoutAnyDate_UsesReferenceDate()
    {
        var text = "# Outage\n\n## Timeline\n\n- 10:45 AM EAT: alert fired\n";

        var without = PostmortemImporter.Import(text).Postmortem.Timeline[0];
        var with = PostmortemImporter.Import(text, new ImportOptions { ReferenceDate = new DateOnly(2023, 3, 1) }).Postmortem.Timeline[0];

        Assert.Equal("10:45 AM EAT", without.OriginalTime);
        Assert.Null(without.At);
        Assert.NotNull(without.UnresolvedReason);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 10, 45, 0, TimeSpan.FromHours(3)), with.At);
        Assert.Null(with.UnresolvedReason);
    }

    [Fact]
    public void Import_TableTimelineWithDeclaredZone_ResolvesEveryRow()
    {
        var text = "# DNS issue\n\n## Timeline\n\nAll times in CET.\n\n| Time | Event |\n| --- | --- |\n| 2020-02-03 11:21 | Upgrade made pods crash |\n| 2020-02-03 11:52 | Rolled back |\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["2020-02-03 11:21", "2020-02-03 11:52"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Upgrade made pods crash", timeline[0].Text);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 11, 21, 0, TimeSpan.FromHours(1)), timeline[0].At);
    }

    [Fact]
    public void Import_TwoEntriesWrittenOnOneLine_AreSplit()
    {
        var text = "Timeline:\n- 10:50 AM: Alerted the team. - 11:00 AM: Traffic was rerouted.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["10:50 AM", "11:00 AM"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Alerted the team.", timeline[0].Text);
    }

    [Fact]
    public void Import_EntriesRunTogetherInTheirOwnShape_AreSplitAtEachStamp()
    {
        var text = "Timeline\n\n12:00pm EAT: Issue was detected. 12:06pm EAT: Only one server answered at 12:05 for a while\n* nginx: configuration file test failed 12:14pm EAT: A semicolon was added. 12:16pm EAT: Service was restored.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["12:00pm EAT", "12:06pm EAT", "12:14pm EAT", "12:16pm EAT"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Issue was detected.", timeline[0].Text);
        Assert.Equal("Only one server answered at 12:05 for a while nginx: configuration file test failed", timeline[1].Text);
        Assert.Equal("A semicolon was added.", timeline[2].Text);
    }

    [Fact]
    public void Import_TableRowsWithADateOnlyOrAnOpenEnd_AreEntriesOfTheirOwn()
    {
        var text = "## Timeline\n\nAll times in CET.\n\n| Time | Event |\n| --- | --- |\n| 2019-11-29 04:30 | Pods failed to start |\n| 2019-11-29 12:00+ | Subnet scaled up |\n| 2019-12-03 | Surge of new pods |\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["2019-11-29 04:30", "2019-11-29 12:00+", "2019-12-03"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal(["Pods failed to start", "Subnet scaled up", "Surge of new pods"], timeline.Select(entry => entry.Text));
        Assert.Equal(new DateTimeOffset(2019, 11, 29, 12, 0, 0, TimeSpan.FromHours(1)), timeline[1].At);
        Assert.Null(timeline[2].At);
    }

    [Fact]
    public void Import_BoldDatesAndDayRanges_AreEntriesOfTheirOwn()
    {
        var text = "## Timeline\n\n- **Feb 2-5** - Intermittent OOM kills on the workers.\n- **Feb 6 20:31** - Incident declared.\n- **Feb 7** - Test automation moved to its own environment.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["Feb 2-5", "Feb 6 20:31", "Feb 7"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("Intermittent OOM kills on the workers.", timeline[0].Text);
    }

    [Fact]
    public void Import_WordsAfterADateBeforeTheFirstEntry_GoToTheNotes()
    {
        var text = "## Timeline\n\nMarch 5, 2024 started quietly for the platform team\n\n- 10:00 UTC: Alerts fired.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Contains("started quietly for the platform team", postmortem.Notes, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), Assert.Single(postmortem.Timeline).At);
    }

    [Fact]
    public void Import_DateHeaderThatRunsOn_DatesTheEntriesBelowInsteadOfBecomingOne()
    {
        var text = "## Timeline\n\n- Sunday, May 14th, 2023:\n  - 9:00 am PST: Alerts fired.\n  - 9:30 am PST: Rollback started.\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(["9:00 am PST", "9:30 am PST"], timeline.Select(entry => entry.OriginalTime));
    }

    [Fact]
    public void Import_StampsAsHeadings_GatherTheBulletsBelow()
    {
        var text = "# Breach\n\n### Timeline:\n#### August 15, 2024\n#### 00:01:\n+ IDS alert\n+ WAF down\n#### 00:20:\n+ Team isolates the server\n";

        var timeline = PostmortemImporter.Import(text, new ImportOptions { DefaultTimeZone = "UTC" }).Postmortem.Timeline;

        Assert.Equal(["00:01", "00:20"], timeline.Select(entry => entry.OriginalTime));
        Assert.Equal("IDS alert WAF down", timeline[0].Text);
        Assert.Equal(new DateTimeOffset(2024, 8, 15, 0, 1, 0, TimeSpan.Zero), timeline[0].At);
    }

    [Fact]
    public void Import_IsoStampsWithOffsets_ResolveAsWritten()
    {
        var text = "# Outage\n\n## Timeline\n\n- 2023-03-01T14:02:00Z: deploy\n- 2023-03-01T17:05:00+03:00: rollback\n- 2023-03-01 14:30-14:45 UTC: window\n";

        var timeline = PostmortemImporter.Import(text).Postmortem.Timeline;

        Assert.Equal(new DateTimeOffset(2023, 3, 1, 14, 2, 0, TimeSpan.Zero), timeline[0].At);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 17, 5, 0, TimeSpan.FromHours(3)), timeline[1].At);
        Assert.Equal("2023-03-01 14:30-14:45 UTC", timeline[2].OriginalTime);
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 14, 30, 0, TimeSpan.Zero), timeline[2].At);
    }

    [Fact]
    public void Import_TableHeaderNamingTheZone_AppliesToTheRows()
    {
        var text = "# Outage\n\n## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| 2023-03-01 14:02 | deploy |\n";

        var entry = PostmortemImporter.Import(text).Postmortem.Timeline.Single();

        Assert.Equal(new DateTimeOffset(2023, 3, 1, 14, 2, 0, TimeSpan.Zero), entry.At);
    }
}
