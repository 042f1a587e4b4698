using Hindsight.Diagnostics;
using Hindsight.Format;

namespace Hindsight.Core.Tests.Format;

public class PostmortemFileDiagnosticsTests
{
    private const string ValidFrontMatter = "---\ntitle: Checkout down\ntimezone: UTC\n";

    private static Diagnostic Single(PostmortemReadResult read, string code) =>
        Assert.Single(read.Diagnostics, d => d.Code == code);

    [Fact]
    public void Parse_EmptyFile_ReportsEmptyFileOnLineOne()
    {
        var read = PostmortemFile.Parse("  \n\n");

        var diagnostic = Single(read, DiagnosticCodes.EmptyFile);
        Assert.Null(read.Postmortem);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void Parse_NoFrontMatter_PointsToImport()
    {
        var read = PostmortemFile.Parse("# An outage\n\nIt broke.\n");

        var diagnostic = Single(read, DiagnosticCodes.MissingFrontMatter);
        Assert.Contains("hindsight import", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedFrontMatter_IsAnError()
    {
        var read = PostmortemFile.Parse("---\ntitle: x\n\n# x\n");

        Assert.True(read.HasErrors);
        Single(read, DiagnosticCodes.MissingFrontMatter);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsTheFileLineOfTheError()
    {
        var read = PostmortemFile.Parse("---\ntitle: ok\ntags: [a, b\nseverity: SEV2\n---\n");

        var diagnostic = Single(read, DiagnosticCodes.MalformedYaml);
        Assert.Null(read.Postmortem);
        Assert.InRange(diagnostic.Line, 3, 5);
    }

    [Fact]
    public void Parse_DuplicateYamlKey_IsMalformedYaml()
    {
        var read = PostmortemFile.Parse("---\ntitle: a\ntitle: b\n---\n");

        Assert.Equal(3, Single(read, DiagnosticCodes.MalformedYaml).Line);
    }

    [Fact]
    public void Parse_UnknownKey_WarnsAndKeepsItForWriting()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "jira: OPS-12\n---\n");

        var diagnostic = Single(read, DiagnosticCodes.UnknownKey);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(4, diagnostic.Line);
        Assert.False(read.HasErrors);
        Assert.Contains("jira: OPS-12", PostmortemFile.Write(read.Postmortem!), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InstantWithoutZone_IsAnErrorNotAGuess()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "started: 2022-02-26 12:00\n---\n");

        var diagnostic = Single(read, DiagnosticCodes.InstantWithoutZone);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("'started'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(read.Postmortem!.Started);
    }

    [Fact]
    public void Parse_ImpossibleDate_IsAnInvalidInstant()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "resolved: 2022-02-30T10:00:00Z\n---\n");

        Assert.Equal(4, Single(read, DiagnosticCodes.InvalidInstant).Line);
    }

    [Fact]
    public void Parse_InstantWithIanaZoneName_TakesThatZonesOffset()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "started: 2022-02-26 12:00 Africa/Nairobi\nresolved: 2022-07-01 09:30 Europe/Paris\n---\n");

        Assert.False(read.HasErrors);
        Assert.Equal(TimeSpan.FromHours(3), read.Postmortem!.Started!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(2), read.Postmortem.Resolved!.Value.Offset);
    }

    [Fact]
    public void Parse_UnknownTimeZone_NamesTheKey()
    {
        var read = PostmortemFile.Parse("---\ntitle: x\ntimezone: East Africa Time\n---\n");

        var diagnostic = Single(read, DiagnosticCodes.UnknownTimeZone);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("timezone", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MitigatedBeforeDetected_IsAnErrorOnTheMitigatedLine()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "started: 2022-02-26T12:00:00Z\ndetected: 2022-02-26T13:00:00Z\nmitigated: 2022-02-26T12:30:00Z\n---\n");

        var diagnostic = Single(read, DiagnosticCodes.InstantsOutOfOrder);
        Assert.Equal(6, diagnostic.Line);
    }

    [Fact]
    public void Parse_ResolvedBeforeStartedWithGapsBetween_IsStillAnError()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "started: 2022-02-26T12:00:00Z\nresolved: 2022-02-26T11:00:00Z\n---\n");

        Assert.Equal(5, Single(read, DiagnosticCodes.InstantsOutOfOrder).Line);
    }

    [Fact]
    public void Parse_DuplicateFactorId_PointsAtTheSecondFactor()
    {
        var text = ValidFrontMatter + "---\n\n## Contributing factors\n\n- **F1** · technology — one\n- **F1** · process — two\n";

        var read = PostmortemFile.Parse(text);

        var diagnostic = Single(read, DiagnosticCodes.DuplicateId);
        Assert.Equal(9, diagnostic.Line);
        Assert.Contains("line 8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ActionLinkedToMissingFactor_IsAnErrorOnTheTableRow()
    {
        var text = ValidFrontMatter + "---\n\n## Contributing factors\n\n- **F1** · technology — one\n\n## Action items\n\n| ID | Action | Factors |\n| --- | --- | --- |\n| A1 | Add an alert on pool size | F1, F9 |\n";

        var read = PostmortemFile.Parse(text);

        var diagnostic = Single(read, DiagnosticCodes.UnknownFactor);
        Assert.Equal(14, diagnostic.Line);
        Assert.Contains("'F9'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TimelineEntryWithoutZone_IsAnErrorOnItsLine()
    {
        var text = ValidFrontMatter + "---\n\n## Timeline\n\n- **2022-02-26 12:00 +03:00** · detection — seen\n- **2022-02-26 12:05** — no zone here\n";

        var read = PostmortemFile.Parse(text);

        Assert.Equal(9, Single(read, DiagnosticCodes.InstantWithoutZone).Line);
    }

    [Fact]
    public void Parse_TimelineEntryWithoutTime_IsMalformed()
    {
        var text = ValidFrontMatter + "---\n\n## Timeline\n\n- Around lunch the site went down\n";

        var read = PostmortemFile.Parse(text);

        Assert.Equal(8, Single(read, DiagnosticCodes.MalformedEntry).Line);
    }

    [Fact]
    public void Parse_HandWrittenTimelineVariants_AreRead()
    {
        var text = ValidFrontMatter + "---\n\n## Timeline\n\n- 2022-02-26T12:00:00+03:00 — plain ISO stamp\n- **2022-02-26 12:05 Africa/Nairobi**: zone by name\n- 2022-02-26 09:10Z - UTC with a hyphen\n";

        var read = PostmortemFile.Parse(text);

        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        var timeline = read.Postmortem!.Timeline;
        Assert.Equal(["plain ISO stamp", "zone by name", "UTC with a hyphen"], timeline.Select(e => e.Text));
        Assert.Equal(new DateTimeOffset(2022, 2, 26, 9, 5, 0, TimeSpan.Zero), timeline[1].At!.Value.ToUniversalTime());
    }

    [Fact]
    public void Parse_UnknownSection_WarnsAndKeepsIt()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "---\n\n## Customer quotes\n\n> It was down.\n");

        Assert.Equal(DiagnosticSeverity.Warning, Single(read, DiagnosticCodes.UnknownSection).Severity);
        Assert.Equal("> It was down.", Assert.Single(read.Postmortem!.ExtraSections).Body);
    }

    [Fact]
    public void Parse_HeadingDiffersFromFrontMatterTitle_Warns()
    {
        var read = PostmortemFile.Parse(ValidFrontMatter + "---\n\n# Another title\n");

        Assert.Equal(6, Single(read, DiagnosticCodes.TitleMismatch).Line);
        Assert.Equal("Checkout down", read.Postmortem!.Title);
    }

    [Fact]
    public void Parse_InvalidEnumValue_ListsTheExpectedWords()
    {
        var read = PostmortemFile.Parse("---\ntitle: x\nseverity: critical\n---\n");

        var diagnostic = Single(read, DiagnosticCodes.InvalidValue);
        Assert.Contains("SEV1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void Parse_CrlfLineEndings_ReadLikeLf()
    {
        var lf = File.ReadAllText(TestFiles.Sample("booktiful/postmortem.md"));

        var read = PostmortemFile.Parse(lf.ReplaceLineEndings("\r\n"));

        Assert.Empty(read.Diagnostics);
        Assert.Equal(lf, PostmortemFile.Write(read.Postmortem!));
    }

    [Fact]
    public void Read_FileThatIsNotUtf8_ReportsTheLineOfTheFirstBadByte()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "---\ntitle: x\n"u8.ToArray(), 0xC3, 0x28, (byte)'\n']);

            var read = PostmortemFile.Read(path);

            var diagnostic = Single(read, DiagnosticCodes.NotUtf8);
            Assert.Equal(3, diagnostic.Line);
            Assert.Null(read.Postmortem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_TemplateFromNew_IsValid()
    {
        var template = PostmortemTemplate.Create("Checkout returned 502", "Europe/Paris", new DateOnly(2026, 11, 24));

        var read = PostmortemFile.Parse(template);

        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        Assert.Equal("2026-11-24-checkout-returned-502", read.Postmortem!.Id);
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void Parse_YamlThatCrashesTheYamlParser_IsMalformedYamlNotAnException()
    {
        var read = PostmortemFile.Parse("---\n### Ops · 2022-13-01\n\0: impact:\n  cost: lots\n- **2022-02-26 12:00 +03:00** · detection — x\nimpact:\n  cost: lots\n## Action items\n---\n  severity: SEV9\n{*anchor é## Timeline\n\nseverity: SEV9\n  | ID | Action |\ntags: [a, b\nseverity: SEV9\n");

        Assert.Null(read.Postmortem);
        Assert.Equal(DiagnosticCodes.MalformedYaml, Assert.Single(read.Diagnostics).Code);
    }
}
