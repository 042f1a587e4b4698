using System.Globalization;

namespace Hindsight.Logs.Tests.Templates;

/// <summary>Log-like messages from a handful of made-up events, with numbers, addresses, users and ids.</summary>
internal static class SyntheticLog
{
    private static readonly string[] Users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"];
    private static readonly string[] States = ["NEW", "RUNNING", "DONE"];

    public static List<string> Messages(int seed, int count)
    {
        var random = new Random(seed);
        var messages = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            messages.Add(random.Next(9) switch
            {
                0 => $"Accepted publickey for {Pick(random, Users)} from {Address(random)} port {random.Next(1024, 65535)} ssh2",
                1 => $"Invalid user {Pick(random, Users)}{random.Next(3)} from {Address(random)}",
                2 => $"Received block blk_{random.NextInt64() - (long.MaxValue / 2)} of size {random.Next(1 << 20)} from /{Address(random)}",
                3 => $"task_{random.Next(1000):D4} Task Transitioned from {Pick(random, States)} to {Pick(random, States)}",
                4 => $"GET /api/v1/items/{random.Next(500)} HTTP/1.1 {(random.Next(10) == 0 ? 500 : 200)} {random.Next(50)}ms",
                5 => $"request {Guid.NewGuid()} finished in {random.NextDouble().ToString("F3", CultureInfo.InvariantCulture)}s",
                6 => $"cache {(random.Next(2) == 0 ? "hit" : "miss")} for key=user:{random.Next(100)} size={random.Next(4096)}",
                7 => "Out of memory: Killed process " + random.Next(30000) + " (java) total-vm:" + random.Next(9999999) + "kB",
                _ => $"connection from {Address(random)} ({Pick(random, Users)}.example.net) at Fri Jun {random.Next(1, 29)} 07:07:00 2005",
            });
        }

        return messages;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Address(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}");
}
