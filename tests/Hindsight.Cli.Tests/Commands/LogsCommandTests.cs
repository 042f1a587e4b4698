using System.Text.Json;
using Hindsight.Format;

namespace Hindsight.Cli.Tests.Commands;

public class LogsCommandTests
{
    private const string AppLog =
        "2022-02-26 12:00:01,100 INFO [main] app.Server: started, listening on port 8080\n" +
        "2022-02-26 12:00:02,200 WARN [main] app.Db: slow query \"select 1\" took 812 ms\n" +
        "    at app.Db.run(Db.java:42)\n" +
        "2022-02-26 12:00:03,300 ERROR [main] app.Db: connection refused by 10.0.0.7\n";

    [Fact]
    public void Parse_LogFile_WritesLoghubHeaderAndOneQuotedRowPerLine()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("app.log", AppLog);
        var csv = directory.File("structured.csv");

        var result = CliHarness.Run("logs", "parse", log, "--out", csv, "--tz", "Africa/Nairobi");

        Assert.Equal(0, result.ExitCode);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("LineId,Timestamp,Level,EventId,EventTemplate", rows[0]);
        Assert.Equal(5, rows.Length);
        Assert.StartsWith("1,2022-02-26T12:00:01.1+03:00,info,E", rows[1], StringComparison.Ordinal);
        Assert.Contains(",\"started, listening on port <*>\"", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("3,,,E", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("4,2022-02-26T12:00:03.3+03:00,error,E", rows[4], StringComparison.Ordinal);
        Assert.Contains("format leading timestamp", result.Error, StringComparison.Ordinal);
        Assert.Contains("read as Africa/Nairobi", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoReadableFile_ExitsUnusable()
    {
        var result = CliHarness.Run("logs", "parse", "/no/such/app.log");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/app.log: no such file or directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTimeZone_ExitsUnusable()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("app.log", AppLog);

        var result = CliHarness.Run("logs", "parse", log, "--tz", "Mars/Olympus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--tz Mars/Olympus: not an IANA time zone", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BinaryFileOnly_ExitsUnusableWithCount()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("core.bin");
        File.WriteAllBytes(path, [0, 1, 2, 3, 0, 0, 7, 8, (byte)'\n', 0, 0, 0]);

        var result = CliHarness.Run("logs", "parse", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("2 lines of binary data skipped", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonAsciiMessages_WritesTheSameUtf8RowsToAFileAndToStandardOutput()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("app.log", "2022-02-26 12:00:01,100 WARN [main] app.Cache: entrée « livres » expirée après 3 s\n");
        var csv = directory.File("structured.csv");

        var toFile = CliHarness.Run("logs", "parse", log, "--out", csv, "--tz", "UTC");
        var toOutput = CliHarness.Run("logs", "parse", log, "--tz", "UTC");

        Assert.Equal(0, toFile.ExitCode);
        var written = File.ReadAllText(csv, System.Text.Encoding.UTF8);
        Assert.Equal("LineId,Timestamp,Level,EventId,EventTemplate\n1,2022-02-26T12:00:01.1+00:00,warning,E1,entrée « livres » expirée après <*>\n", written);
        Assert.Equal(written, toOutput.Output);
    }

    [Fact]
    public void Parse_EmptyFile_WarnsAndWritesOnlyTheHeader()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("empty.log", "");

        var result = CliHarness.Run("logs", "parse", log);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("LineId,Timestamp,Level,EventId,EventTemplate\n", result.Output);
        Assert.Contains("empty.log: empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Signals_Json_ListsTemplatesWithCountsAndExamples()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("app.log", AppLog);

        var result = CliHarness.Run("logs", "signals", log, "--tz", "UTC", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var templates = document.RootElement.GetProperty("templates").EnumerateArray().ToList();
        Assert.Equal(4, templates.Sum(template => template.GetProperty("count").GetInt64()));
        var refused = Assert.Single(templates, template => template.GetProperty("template").GetString()!.Contains("connection refused", StringComparison.Ordinal));
        Assert.Contains("ConnectionRefused", refused.GetProperty("errorKinds").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("app.log:4", refused.GetProperty("examples")[0].GetProperty("reference").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Signals_WindowWithoutZone_IsReadInTheGivenZone()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("app.log", AppLog);

        var result = CliHarness.Run("logs", "signals", log, "--tz", "Africa/Nairobi", "--from", "2022-02-26 12:00:02");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("window 2022-02-26 12:00:02 +03:00 to end", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Signals_UnreadableWindow_ExitsUnusable()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("app.log", AppLog);

        var result = CliHarness.Run("logs", "signals", log, "--from", "yesterday");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from 'yesterday' is not an instant", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_BooktifulSample_NamesFirst500TheOomKillAndTheSingleBackend()
    {
        var result = CliHarness.Run("logs", "timeline", CliHarness.Sample("booktiful/logs"), "--tz", "Africa/Nairobi");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2022-02-26 12:01:07 +03:00 — first HTTP 500 on web-01 (nginx/access.log)", result.Output, StringComparison.Ordinal);
        Assert.Contains("2022-02-26 11:58:43 +03:00 — out of memory on web-01: [183224.553552] Out of memory: Killed process 2314 (node)", result.Output, StringComparison.Ordinal);
        Assert.Contains("requests to be_booktiful/web-01 alone until 2022-02-27", result.Output, StringComparison.Ordinal);
        Assert.Contains("the only server in the pool (be_booktiful/web-02 served none)", result.Output, StringComparison.Ordinal);
        Assert.Contains("evidence: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Into_AddsLogEntriesToThePostmortemOnce()
    {
        using var directory = new TemporaryDirectory();
        var postmortem = directory.File("postmortem.md", File.ReadAllText(CliHarness.Sample("booktiful/postmortem.md")));
        var before = PostmortemFile.Read(postmortem).Postmortem!.Timeline.Count;

        var first = CliHarness.Run("logs", "timeline", CliHarness.Sample("booktiful/logs"), "--tz", "Africa/Nairobi", "--limit", "5", "--into", postmortem);
        var second = CliHarness.Run("logs", "timeline", CliHarness.Sample("booktiful/logs"), "--tz", "Africa/Nairobi", "--limit", "5", "--into", postmortem);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var read = PostmortemFile.Read(postmortem);
        Assert.False(read.HasErrors);
        var fromLogs = read.Postmortem!.Timeline.Where(entry => entry.Source == "log").ToList();
        Assert.Equal(5, fromLogs.Count);
        Assert.Equal(before + 5, read.Postmortem.Timeline.Count);
        Assert.All(fromLogs, entry => Assert.Matches(@"\.log:\d+$|syslog:\d+$", entry.Evidence!));
        Assert.Contains("added 0 timeline entries", second.Error, StringComparison.Ordinal);
    }
}
