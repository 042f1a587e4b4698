using Hindsight.Rendering;

namespace Hindsight.Core.Tests.Rendering;

public sealed class HostRedactorTests
{
    [Theory]
    [InlineData("web-01 ran out of memory", "[internal host] ran out of memory")]
    [InlineData("failover to db-primary-02.", "failover to [internal host].")]
    [InlineData("see http://grafana.monitoring.internal/d/1", "see http://[internal host]/d/1")]
    [InlineData("traffic from 10.0.3.17 and 192.168.1.4", "traffic from [internal host] and [internal host]")]
    [InlineData("cache.lan, 172.20.0.5", "[internal host], [internal host]")]
    public void Redact_InternalHost_IsReplaced(string text, string expected) =>
        Assert.Equal(expected, HostRedactor.Redact(text));

    [Theory]
    [InlineData("Users of www.example.com saw HTTP 500")]
    [InlineData("UTF-8 text, SEV-1, p99 latency of 8 s")]
    [InlineData("the 8.8.8.8 resolver and 172.32.0.1")]
    [InlineData("over 2 hours on 2022-02-26")]
    public void Redact_PublicNamesAndOrdinaryWords_AreKept(string text) =>
        Assert.Equal(text, HostRedactor.Redact(text));
}
