using Hindsight.Logs.Formats;
using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Signals;

/// <summary>Counts the requests a load balancer's log (HAProxy) sends to each <c>backend/server</c>, per minute.</summary>
internal sealed class BackendTracker
{
    private readonly Dictionary<string, (long Requests, long InWindow, LogExample Evidence, bool EvidenceInWindow)> _backends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<long, (long Count, LogExample First)>> _backendMinutes = new(StringComparer.Ordinal);

    /// <summary>Requests per server, most first.</summary>
    public List<BackendShare> Shares() => _backends
        .OrderByDescending(pair => pair.Value.Requests)
        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .Select(pair => new BackendShare(pair.Key, pair.Value.Requests, pair.Value.InWindow, pair.Value.Evidence))
        .ToList();

    /// <summary>Reads <c>client [date] frontend backend/server ...</c> and counts the server.</summary>
    public void Count(ReadOnlySpan<char> content, LogFile file, in ScannedLine line, bool inWindow)
    {
        var position = 0;
        var tokens = 0;
        while (position < content.Length && tokens < 4)
        {
            position = Chars.SkipSpaces(content, position);
            if (position >= content.Length)
            {
                return;
            }

            var end = content[position] == '[' ? Chars.BracketEnd(content, position) : Chars.TokenEnd(content, position);
            if (end < 0)
            {
                return;
            }

            tokens++;
            if (tokens == 4)
            {
                var server = content[position..end];
                if (server.IndexOf('/') <= 0)
                {
                    return;
                }

                var key = server.ToString();
                var evidence = SignalCollector.Example(file, line, content);
                if (line.EffectiveTimestamp is { } at && inWindow)
                {
                    if (!_backendMinutes.TryGetValue(key, out var minutes))
                    {
                        minutes = [];
                        _backendMinutes[key] = minutes;
                    }

                    var minute = at.UtcTicks / TimeSpan.TicksPerMinute;
                    minutes[minute] = minutes.TryGetValue(minute, out var seen) ? (seen.Count + 1, seen.First) : (1, evidence);
                }

                if (_backends.TryGetValue(key, out var entry))
                {
                    var replace = inWindow && !entry.EvidenceInWindow;
                    _backends[key] = (entry.Requests + 1, entry.InWindow + (inWindow ? 1 : 0), replace ? evidence : entry.Evidence, entry.EvidenceInWindow || inWindow);
                }
                else
                {
                    _backends[key] = (1, inWindow ? 1 : 0, evidence, inWindow);
                }

                return;
            }

            position = end;
        }
    }

    /// <summary>Runs of at least 30 minutes in which exactly one of the known servers took requests.</summary>
    public List<SingleServerPeriod> SingleServerPeriods()
    {
        const int MinimumMinutes = 30;
        var periods = new List<SingleServerPeriod>();
        if (_backendMinutes.Count < 2)
        {
            return periods;
        }

        // Which servers were busy in each minute with traffic, in time order.
        var busy = new SortedDictionary<long, List<string>>();
        foreach (var (server, minutes) in _backendMinutes)
        {
            foreach (var minute in minutes.Keys)
            {
                if (!busy.TryGetValue(minute, out var servers))
                {
                    servers = [];
                    busy[minute] = servers;
                }

                servers.Add(server);
            }
        }

        string? current = null;
        long start = 0, last = 0;
        void Close()
        {
            if (current is not null && last - start + 1 >= MinimumMinutes)
            {
                var minutes = _backendMinutes[current];
                var requests = minutes.Where(pair => pair.Key >= start && pair.Key <= last).Sum(pair => pair.Value.Count);
                var idle = _backendMinutes.Keys.Where(server => server != current).Order(StringComparer.Ordinal).ToList();
                periods.Add(new SingleServerPeriod(
                    current,
                    new DateTimeOffset(start * TimeSpan.TicksPerMinute, TimeSpan.Zero),
                    new DateTimeOffset((last + 1) * TimeSpan.TicksPerMinute, TimeSpan.Zero),
                    requests,
                    idle,
                    minutes[start].First));
            }
        }

        foreach (var (minute, servers) in busy)
        {
            var only = servers.Count == 1 ? servers[0] : null;
            if (only is not null && only == current)
            {
                last = minute;
                continue;
            }

            Close();
            current = only;
            start = last = minute;
        }

        Close();
        return periods.OrderByDescending(period => period.End - period.Start).ToList();
    }
}
