using Hindsight.Logs.Signals;
using Hindsight.Logs.Tests.Signals;
using Hindsight.Logs.Timeline;
using Hindsight.Model;

namespace Hindsight.Logs.Tests.Timeline;

public class TimelineProposerTests
{
    private static readonly TimeText Nairobi = new(TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi"));

    private static IReadOnlyList<ProposedEntry> Incident(TempDirectory directory)
    {
        var access = SignalScenario.Traffic((at, id) => SignalScenario.AccessLine(at, 200, id), 30, 2)
            .Concat(SignalScenario.Traffic((at, id) => SignalScenario.AccessLine(at, 500, id), 30, 2, offsetMinutes: 30));
        var syslog = new[]
        {
            SignalScenario.SyslogLine(SignalScenario.Start.AddMinutes(5), "cron[4]: (root) CMD (run-parts /etc/cron.hourly)"),
            SignalScenario.SyslogLine(SignalScenario.Start.AddMinutes(29), "kernel: Out of memory: Killed process 2314 (node) total-vm:3120448kB"),
        };
        var report = SignalScenario.Collect(directory, SignalWindow.All, ("logs/web-01/access.log", access), ("logs/web-01/syslog", syslog), ("logs/web-02/syslog", [SignalScenario.SyslogLine(SignalScenario.Start, "cron[4]: (root) CMD (run-parts /etc/cron.hourly)")]));
        return TimelineProposer.Propose(report, Nairobi);
    }

    [Fact]
    public void Propose_HttpErrorsAfterOutOfMemory_NamesFirst500WithCountAndZone()
    {
        using var directory = new TempDirectory();

        var entries = Incident(directory);

        var first500 = Assert.Single(entries, entry => entry.Text.StartsWith("first HTTP 500 on web-01", StringComparison.Ordinal));
        Assert.Equal(SignalScenario.Start.AddMinutes(30), first500.At);
        Assert.Contains("59 more HTTP 5xx until 11:59:30 +03:00", first500.Text, StringComparison.Ordinal);
        Assert.Equal("logs/web-01/access.log:61", first500.Evidence);
    }

    [Fact]
    public void Propose_HttpErrorsEnding_NamesTheLast5xxWithItsLine()
    {
        using var directory = new TempDirectory();

        var entries = Incident(directory);

        var last = Assert.Single(entries, entry => entry.Text.StartsWith("last HTTP 5xx on web-01", StringComparison.Ordinal));
        Assert.Equal(SignalScenario.Start.AddMinutes(59).AddSeconds(30), last.At);
        Assert.Equal("logs/web-01/access.log:120", last.Evidence);
        Assert.Contains("60 since 2022-02-26 11:30:00 +03:00", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_OutOfMemoryKill_RanksFirstWithItsLine()
    {
        using var directory = new TempDirectory();

        var entries = Incident(directory);

        Assert.StartsWith("out of memory on web-01: Out of memory: Killed process 2314", entries[0].Text, StringComparison.Ordinal);
        Assert.Equal("logs/web-01/syslog:2", entries[0].Evidence);
    }

    [Fact]
    public void Propose_OneTroubleWithSeveralRequestVerbs_GivesOneEntryCountingAllOfThem()
    {
        using var directory = new TempDirectory();
        static string Upstream(DateTimeOffset at, int id, string verb) =>
            $"{at.ToString("yyyy/MM/dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} [error] 1021#1021: *{id} upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.10, server: booktiful.com, request: \"{verb} /books/{id} HTTP/1.1\", upstream: \"http://127.0.0.1:3000/books/{id}\"";
        var lines = Enumerable.Range(0, 40).Select(i => Upstream(SignalScenario.Start.AddMinutes(i), 100 + i, i % 4 == 1 ? "POST" : "GET"));

        var report = SignalScenario.Collect(directory, SignalWindow.All, ("logs/web-01/nginx/error.log", lines));
        var entries = TimelineProposer.Propose(report, Nairobi);

        Assert.Equal(2, report.Templates.Count(signal => signal.ErrorKinds.HasFlag(ErrorKinds.BackendDown)));
        var backendDown = Assert.Single(entries, entry => entry.Text.StartsWith("backend down on ", StringComparison.Ordinal));
        Assert.Contains("(40 such lines until", backendDown.Text, StringComparison.Ordinal);
        Assert.Equal("logs/web-01/nginx/error.log:1", backendDown.Evidence);
    }

    [Fact]
    public void Merge_ProposedEntries_AddsThemInTimeOrderWithSourceLogOnce()
    {
        using var directory = new TempDirectory();
        var entries = Incident(directory);
        var postmortem = new Postmortem();
        postmortem.Timeline.Add(new TimelineEntry { At = SignalScenario.Start.AddMinutes(10), Text = "deploy", Kind = TimelineEntryKind.Deploy });
        postmortem.Timeline.Add(new TimelineEntry { At = SignalScenario.Start.AddHours(2), Text = "resolved", Kind = TimelineEntryKind.Milestone });

        var added = TimelineMerger.Merge(postmortem, entries);
        var again = TimelineMerger.Merge(postmortem, entries);

        Assert.Equal(entries.Count, added);
        Assert.Equal(0, again);
        Assert.Equal(postmortem.Timeline.Select(entry => entry.At), postmortem.Timeline.Select(entry => entry.At).Order());
        Assert.All(postmortem.Timeline.Where(entry => entry.Evidence is not null), entry => Assert.Equal("log", entry.Source));
        Assert.Equal("resolved", postmortem.Timeline[^1].Text);
    }
}
