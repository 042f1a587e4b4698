namespace Hindsight.Logs.Signals;

/// <summary>A stretch of time in which a load balancer sent every request to one server while others it knows sat idle.</summary>
/// <param name="Server">The one server (<c>backend/server</c>).</param>
/// <param name="Start">The first minute of the stretch.</param>
/// <param name="End">The end of the last minute of the stretch.</param>
/// <param name="Requests">Requests the server took in the stretch.</param>
/// <param name="IdleServers">Servers that served requests at other times but none in the stretch.</param>
/// <param name="Evidence">The first request of the stretch.</param>
public sealed record SingleServerPeriod(string Server, DateTimeOffset Start, DateTimeOffset End, long Requests, IReadOnlyList<string> IdleServers, LogExample Evidence);
