using System.Globalization;
using System.Text;
using Hindsight.Logs.Reading;
using Hindsight.Logs.Signals;

namespace Hindsight.Logs.Tests.Signals;

/// <summary>Writes small logs of a made-up incident and runs the signal collector over them.</summary>
public static class SignalScenario
{
    public static readonly DateTimeOffset Start = new(2022, 2, 26, 11, 0, 0, TimeSpan.FromHours(3));

    public static string AccessLine(DateTimeOffset at, int status, int id) =>
        $"10.0.0.{id % 200} - - [{at.ToString("dd/MMM/yyyy:HH:mm:ss zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal).Insert(11, ":").Insert(14, ":").Insert(17, ":")}] \"GET /books/{id} HTTP/1.1\" {status} 120 \"-\" \"test\"";

    public static string HaproxyLine(DateTimeOffset at, string server, int id) =>
        $"{at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)} lb haproxy[9]: 10.0.0.{id % 200}:4000{id % 10} [{at.ToString("dd/MMM/yyyy:HH:mm:ss.fff", CultureInfo.InvariantCulture)}] fe be/{server} 0/0/1/5/6 200 99 - - ---- 1/1/1/1/0 0/0 \"GET / HTTP/1.1\"";

    public static string SyslogLine(DateTimeOffset at, string message) =>
        $"{at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)} web-01 {message}";

    public static SignalReport Collect(TempDirectory directory, SignalWindow window, params (string Path, IEnumerable<string> Lines)[] files)
    {
        var sources = new List<LogSource>();
        foreach (var (path, lines) in files)
        {
            var full = directory.File(path, string.Join('\n', lines) + "\n");
            sources.Add(LogSource.FromFile(full, path));
        }

        var scan = new TemplatedScan(sources, new LogReadOptions(TimeZoneInfo.Utc, true, null), 1);
        var collector = new SignalCollector(scan.Miner, window);
        scan.Run(batch => collector.Add(batch, scan.Files));
        return collector.Build();
    }

    public static IEnumerable<string> Traffic(Func<DateTimeOffset, int, string> line, int minutes, int perMinute, int offsetMinutes = 0)
    {
        var id = 0;
        for (var minute = 0; minute < minutes; minute++)
        {
            for (var i = 0; i < perMinute; i++)
            {
                yield return line(Start.AddMinutes(offsetMinutes + minute).AddSeconds(i * 60.0 / perMinute), id++);
            }
        }
    }

    public static string Join(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).ToString();
}
