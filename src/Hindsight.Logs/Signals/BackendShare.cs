namespace Hindsight.Logs.Signals;

/// <summary>How many requests a load balancer sent to one backend server.</summary>
/// <param name="Server">The <c>backend/server</c> name as the log writes it.</param>
/// <param name="Requests">Requests in the whole log.</param>
/// <param name="RequestsInWindow">Requests inside the window.</param>
/// <param name="Evidence">The first line naming the server inside the window (or at all).</param>
public sealed record BackendShare(string Server, long Requests, long RequestsInWindow, LogExample Evidence);
