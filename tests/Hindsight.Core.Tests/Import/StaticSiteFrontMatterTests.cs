using Hindsight.Import;

namespace Hindsight.Core.Tests.Import;

public class StaticSiteFrontMatterTests
{
    [Fact]
    public void Import_PostWhoseFrontMatterUsesAliasesAsKeys_IsImportedAsText()
    {
        var result = PostmortemImporter.Import("---\ntitle: Cache outage\nm: {*a : 1, *a : 2}\nx: &a y\n---\n\n## Timeline\n\n- 10:00 UTC: Alerts fired.\n");

        Assert.Equal("10:00 UTC", Assert.Single(result.Postmortem.Timeline).OriginalTime);
        // Unreadable front matter is kept as the text it is, as before the importer read front matter.
        Assert.Contains("*a : 1", result.Postmortem.Summary + result.Postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PostWithoutTitleHeading_TakesTheFrontMatterTitleUnquoted()
    {
        var result = ImportFixtures.Import("jekyll-post.md");

        Assert.Equal("Incident report: search returned no results for 40 minutes", result.Postmortem.Title);
        Assert.Equal(3, result.SourceMap.LineOf(result.Postmortem, "title"));
        Assert.StartsWith("On Monday afternoon every search", result.Postmortem.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PostWhoseBodyStartsAtLevelTwo_TakesTheFrontMatterTitle()
    {
        var text = "---\ntitle: \"Postmortem of the database outage\"\n---\n\n## Database setup\n\nTwo replicas.\n\n## Timeline\n\n- 17:20 UTC: Replication lagged.\n";

        Assert.Equal("Postmortem of the database outage", PostmortemImporter.Import(text).Postmortem.Title);
    }

    [Fact]
    public void Import_PostWithUndatedTimes_ResolvesThemOnTheFrontMatterDate()
    {
        var timeline = ImportFixtures.Import("jekyll-post.md").Postmortem.Timeline;

        Assert.Equal(4, timeline.Count);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 13, 5, 0, TimeSpan.Zero), timeline[0].At);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 13, 45, 0, TimeSpan.Zero), timeline[3].At);
    }

    [Fact]
    public void Import_YearGivenThatContradictsTheFrontMatterDate_LeavesTheDateOut()
    {
        // A post's date is often the day it was published; a --year the user gives rules it out when they disagree.
        var timeline = ImportFixtures.Import("jekyll-post.md", new ImportOptions { ReferenceYear = 2019 }).Postmortem.Timeline;

        Assert.All(timeline, entry => Assert.Null(entry.At));
    }

    [Fact]
    public void Import_PostWithOtherKeys_KeepsThemInTheNotesAsWritten()
    {
        var result = ImportFixtures.Import("jekyll-post.md");
        var notes = result.Postmortem.Notes ?? "";

        Assert.StartsWith("layout: post\ndate: 2024-05-14 09:30:00 +0200\nauthor: Platform team\ncategories: [incidents, search]\ntags:\n  - elasticsearch\n  - postmortem", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("title:", notes, StringComparison.Ordinal);
        Assert.Equal(2, result.SourceMap.LineOf(result.Postmortem, "notes"));
        Assert.Empty(result.Postmortem.Participants);
    }

    [Fact]
    public void Import_TitleHeadingInTheBody_WinsAndTheFrontMatterTitleStaysInTheNotes()
    {
        var postmortem = ImportFixtures.Import("hugo-post.md").Postmortem;

        Assert.Equal("Login failures after the certificate rotation", postmortem.Title);
        Assert.Contains("title: 'Login failures after the certificate rotation'", postmortem.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DateStatedInTheBody_WinsOverTheFrontMatterDate()
    {
        // The front matter's date (2 November) is the day the post was published; the summary dates the incident.
        var timeline = ImportFixtures.Import("hugo-post.md").Postmortem.Timeline;

        Assert.Equal(new DateTimeOffset(2023, 10, 30, 8, 0, 0, TimeSpan.FromHours(1)), timeline[0].At);
    }

    [Fact]
    public void Import_DateOption_WinsOverTheFrontMatterDate()
    {
        var text = "---\ntitle: Disk full\ndate: 2024-03-09\n---\n\n## Timeline\n\n- 09:00 UTC - Disk full on db-01.\n";

        var entry = PostmortemImporter.Import(text, new ImportOptions { ReferenceDate = new DateOnly(2024, 3, 7) }).Postmortem.Timeline[0];

        Assert.Equal(new DateTimeOffset(2024, 3, 7, 9, 0, 0, TimeSpan.Zero), entry.At);
    }

    [Fact]
    public void Import_DatesWithoutYear_TakeTheYearOfTheFrontMatterDate()
    {
        var text = "---\ntitle: Outage\ndate: 2022-03-02\n---\n\n## Timeline\n\n- Saturday 26th February 12:00 EAT - The site returns HTTP 500.\n";

        var entry = PostmortemImporter.Import(text).Postmortem.Timeline[0];

        Assert.Equal(new DateTimeOffset(2022, 2, 26, 12, 0, 0, TimeSpan.FromHours(3)), entry.At);
    }

    [Theory]
    [InlineData("2023-03-01")]
    [InlineData("2023-03-01T22:10:00+03:00")]
    [InlineData("\"2023-03-01 22:10:00 +0300\"")]
    [InlineData("March 1, 2023")]
    public void Import_FrontMatterDateInEachUsualShape_DatesTheTimeline(string date)
    {
        var text = $"---\ntitle: Outage\ndate: {date}\n---\n\n## Timeline\n\n- 10:00 UTC - Alert fired.\n";

        var entry = PostmortemImporter.Import(text).Postmortem.Timeline[0];

        Assert.Equal(new DateTimeOffset(2023, 3, 1, 10, 0, 0, TimeSpan.Zero), entry.At);
    }

    [Fact]
    public void Import_FrontMatterDateThatReadsBothWays_IsNotUsed()
    {
        var text = "---\ntitle: Outage\ndate: 01/03/2023\n---\n\n## Timeline\n\n- 10:00 UTC - Alert fired.\n";

        var entry = PostmortemImporter.Import(text).Postmortem.Timeline[0];

        Assert.Null(entry.At);
        Assert.Contains("--date", entry.UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FirstLineThatLooksLikeATitle_YieldsToTheFrontMatterTitle()
    {
        var text = "---\ntitle: Cache stampede on the catalogue\n---\n\nA short note for the team\n\nThe cache expired for every product at once.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal("Cache stampede on the catalogue", postmortem.Title);
        Assert.StartsWith("A short note for the team", postmortem.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FoldedTitle_IsOneLineAndLeavesNoPartInTheNotes()
    {
        var text = "---\ntitle: >\n  Payments failed\n  for an hour\nlayout: post\n---\n\nThe payment key expired.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal("Payments failed for an hour", postmortem.Title);
        Assert.Equal("layout: post", postmortem.Notes);
    }

    [Fact]
    public void Import_FrontMatterKeysThatNameSections_AreNotReadAsLabels()
    {
        var text = "---\ntitle: Outage\nsummary: \"Short version for the blog index.\"\nimpact: high\nauthor: Jane\n---\n\n## Summary\n\nThe queue stalled for an hour.\n";

        var postmortem = PostmortemImporter.Import(text).Postmortem;

        Assert.Equal("The queue stalled for an hour.", postmortem.Summary);
        Assert.Null(postmortem.Impact.Description);
        Assert.Empty(postmortem.Participants);
        Assert.Equal("summary: \"Short version for the blog index.\"\nimpact: high\nauthor: Jane", postmortem.Notes);
    }

    [Theory]
    [InlineData("title: \"never closed\nlayout: post")]
    [InlineData("- a list\n- not a mapping")]
    public void Import_FrontMatterThatIsNoYamlMapping_KeepsItsLinesAsTextAsBefore(string block)
    {
        var text = $"---\n{block}\n---\n\n# Rollout outage\n\n## Summary\n\nThe rollout failed.\n";

        var result = PostmortemImporter.Import(text);

        Assert.Equal("Rollout outage", result.Postmortem.Title);
        Assert.Equal("The rollout failed.", result.Postmortem.Summary);
        Assert.Contains(block.Split('\n')[1], result.Postmortem.Notes, StringComparison.Ordinal);
    }
}
