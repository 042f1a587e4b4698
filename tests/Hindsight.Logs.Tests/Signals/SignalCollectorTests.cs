using Hindsight.Logs.Signals;

namespace Hindsight.Logs.Tests.Signals;

public class SignalCollectorTests
{
    [Fact]
    public void Build_AccessLogTurningToHttp500_SummarisesFirstAndCountOfServerErrors()
    {
        using var directory = new TempDirectory();
        var lines = SignalScenario.Traffic((at, id) => SignalScenario.AccessLine(at, 200, id), 30, 2)
            .Concat(SignalScenario.Traffic((at, id) => SignalScenario.AccessLine(at, 500, id), 30, 2, offsetMinutes: 30));

        var report = SignalScenario.Collect(directory, SignalWindow.All, ("web/access.log", lines));

        var errors = Assert.Single(report.ServerErrors);
        Assert.Equal(60, errors.Count);
        Assert.Equal(500, errors.FirstStatus);
        Assert.Equal(SignalScenario.Start.AddMinutes(30), errors.First.Timestamp);
        Assert.Equal("web/access.log:61", errors.First.Reference);
    }

    [Fact]
    public void Build_OutOfMemoryKill_IsClassifiedWithExamplesAndHistogram()
    {
        using var directory = new TempDirectory();
        var lines = new[]
        {
            SignalScenario.SyslogLine(SignalScenario.Start, "kernel: Out of memory: Killed process 2314 (node) total-vm:3120448kB"),
            SignalScenario.SyslogLine(SignalScenario.Start.AddSeconds(30), "kernel: Out of memory: Killed process 2999 (node) total-vm:3120448kB"),
            SignalScenario.SyslogLine(SignalScenario.Start.AddMinutes(3), "kernel: Out of memory: Killed process 3111 (node) total-vm:3120448kB"),
        };

        var report = SignalScenario.Collect(directory, SignalWindow.All, ("web-01/syslog", lines));

        var signal = Assert.Single(report.Templates);
        Assert.True(signal.ErrorKinds.HasFlag(ErrorKinds.OutOfMemory));
        Assert.Equal(3, signal.Count);
        Assert.Equal(3, signal.Examples.Count);
        Assert.Equal("web-01/syslog:1", signal.Examples[0].Reference);
        Assert.Equal([2L, 1L], signal.PerMinute.Values);
        Assert.Equal(SignalScenario.Start, signal.FirstSeen);
        Assert.Equal(SignalScenario.Start.AddMinutes(3), signal.LastSeen);
    }

    [Fact]
    public void Build_RateJumpingAboveBaseline_FindsABurst()
    {
        using var directory = new TempDirectory();
        var quiet = SignalScenario.Traffic((at, id) => SignalScenario.SyslogLine(at, $"app[1]: cache refresh {id} done"), 60, 1);
        var burst = SignalScenario.Traffic((at, id) => SignalScenario.SyslogLine(at, $"app[1]: cache refresh {id} done"), 1, 40, offsetMinutes: 60);
        var after = SignalScenario.Traffic((at, id) => SignalScenario.SyslogLine(at, $"app[1]: cache refresh {id} done"), 20, 1, offsetMinutes: 61);

        var report = SignalScenario.Collect(directory, SignalWindow.All, ("app.log", quiet.Concat(burst).Concat(after)));

        var signal = Assert.Single(report.Templates);
        var found = Assert.Single(signal.Bursts);
        Assert.Equal(SignalScenario.Start.AddMinutes(60), found.Start);
        Assert.Equal(40, found.PeakPerMinute);
        Assert.Equal(1, found.BaselinePerMinute);
    }

    [Fact]
    public void Build_TemplateAppearingOnlyInsideWindow_IsNewInWindow()
    {
        using var directory = new TempDirectory();
        var lines = new[]
        {
            SignalScenario.SyslogLine(SignalScenario.Start, "app[1]: heartbeat ok"),
            SignalScenario.SyslogLine(SignalScenario.Start.AddMinutes(20), "app[1]: heartbeat ok"),
            SignalScenario.SyslogLine(SignalScenario.Start.AddMinutes(31), "app[1]: switching to read-only mode"),
        };
        var window = new SignalWindow(SignalScenario.Start.AddMinutes(30), null);

        var report = SignalScenario.Collect(directory, window, ("app.log", lines));

        Assert.True(report.Templates.Single(signal => signal.Template.Contains("read-only", StringComparison.Ordinal)).NewInWindow);
        Assert.False(report.Templates.Single(signal => signal.Template.Contains("heartbeat", StringComparison.Ordinal)).NewInWindow);
    }

    [Fact]
    public void Build_LoadBalancerSendingEverythingToOneServer_FindsTheSingleServerStretch()
    {
        using var directory = new TempDirectory();
        var both = SignalScenario.Traffic((at, id) => SignalScenario.HaproxyLine(at, id % 2 == 0 ? "web-01" : "web-02", id), 20, 4);
        var alone = SignalScenario.Traffic((at, id) => SignalScenario.HaproxyLine(at, "web-01", id), 60, 4, offsetMinutes: 20);

        var report = SignalScenario.Collect(directory, SignalWindow.All, ("lb/haproxy.log", both.Concat(alone)));

        var period = Assert.Single(report.SingleServerPeriods);
        Assert.Equal("be/web-01", period.Server);
        Assert.Equal(["be/web-02"], period.IdleServers);
        Assert.Equal(SignalScenario.Start.AddMinutes(20), period.Start);
        Assert.Equal(240, period.Requests);
    }

    [Theory]
    [InlineData("connect() failed (111: Connection refused) while connecting to upstream", ErrorKinds.ConnectionRefused)]
    [InlineData("write /var/lib/data: No space left on device", ErrorKinds.DiskFull)]
    [InlineData("upstream timed out (110: Connection timed out)", ErrorKinds.Timeout)]
    [InlineData("backend be_web has no server available!", ErrorKinds.BackendDown)]
    [InlineData("java.lang.OutOfMemoryError: Java heap space", ErrorKinds.OutOfMemory)]
    [InlineData("GET /books 200", ErrorKinds.None)]
    public void Classify_KnownTroublePhrases_AreRecognised(string message, ErrorKinds expected)
    {
        Assert.Equal(expected, ErrorClassifier.Classify(message) & expected);
        if (expected == ErrorKinds.None)
        {
            Assert.Equal(ErrorKinds.None, ErrorClassifier.Classify(message));
        }
    }
}
