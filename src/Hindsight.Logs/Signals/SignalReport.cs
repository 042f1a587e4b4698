namespace Hindsight.Logs.Signals;

/// <summary>Everything the signals pass found.</summary>
/// <param name="Templates">Per-template signals, most lines first.</param>
/// <param name="Window">The window asked for.</param>
/// <param name="First">The earliest line time in the logs.</param>
/// <param name="Last">The latest line time in the logs.</param>
/// <param name="Lines">Lines read.</param>
/// <param name="Backends">Requests per load-balancer backend/server, for logs that name them (HAProxy).</param>
/// <param name="ServerErrors">HTTP 5xx per file, inside the window.</param>
/// <param name="SingleServerPeriods">Stretches (30 minutes or more, inside the window) when one server took every request.</param>
public sealed record SignalReport(
    IReadOnlyList<TemplateSignal> Templates,
    SignalWindow Window,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    long Lines,
    IReadOnlyList<BackendShare> Backends,
    IReadOnlyList<ServerErrorSummary> ServerErrors,
    IReadOnlyList<SingleServerPeriod> SingleServerPeriods);
