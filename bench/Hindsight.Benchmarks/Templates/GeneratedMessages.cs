using System.Globalization;
using System.Text;

namespace Hindsight.Benchmarks.Templates;

/// <summary>
/// Loghub-like messages made up here (sshd, HDFS, Hadoop, Spark, kernel, Android-style key=value, web access), with
/// random numbers, addresses, ids and users; no corpus line is copied. Packed into one buffer with ranges, the way
/// a reader hands a batch to the miner.
/// </summary>
public sealed class GeneratedMessages
{
    private static readonly string[] Users = ["root", "admin", "test", "oracle", "guest", "ubuntu", "postgres", "git", "alice", "bob"];
    private static readonly string[] States = ["NEW", "SCHEDULED", "RUNNING", "SUCCEEDED", "FAILED", "KILLED"];

    private GeneratedMessages(string text, Range[] ranges)
    {
        Text = text;
        Ranges = ranges;
    }

    public string Text { get; }

    public Range[] Ranges { get; }

    public int Count => Ranges.Length;

    public static GeneratedMessages Create(int count, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(count * 90);
        var ranges = new Range[count];
        for (var i = 0; i < count; i++)
        {
            var start = builder.Length;
            Append(builder, random);
            ranges[i] = new Range(start, builder.Length);
            builder.Append('\n');
        }

        return new GeneratedMessages(builder.ToString(), ranges);
    }

    public static GeneratedMessages FromLines(IReadOnlyList<string> lines)
    {
        var builder = new StringBuilder();
        var ranges = new Range[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var start = builder.Length;
            builder.Append(lines[i]);
            ranges[i] = new Range(start, builder.Length);
            builder.Append('\n');
        }

        return new GeneratedMessages(builder.ToString(), ranges);
    }

    private static void Append(StringBuilder builder, Random random)
    {
        var c = CultureInfo.InvariantCulture;
        switch (random.Next(16))
        {
            case 0:
                builder.Append(c, $"Failed password for {User(random)} from {Ip(random)} port {random.Next(1024, 65535)} ssh2");
                break;
            case 1:
                builder.Append(c, $"Invalid user {User(random)}{random.Next(100)} from {Ip(random)}");
                break;
            case 2:
                builder.Append(c, $"pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={Ip(random)}  user={User(random)}");
                break;
            case 3:
                builder.Append(c, $"Received disconnect from {Ip(random)}: 11: Bye Bye [preauth]");
                break;
            case 4:
                builder.Append(c, $"Receiving block blk_{random.NextInt64(-long.MaxValue / 2, long.MaxValue / 2)} src: /{Ip(random)}:{random.Next(1024, 65535)} dest: /{Ip(random)}:50010");
                break;
            case 5:
                builder.Append(c, $"PacketResponder {random.Next(3)} for block blk_{random.NextInt64()} terminating");
                break;
            case 6:
                builder.Append(c, $"attempt_{random.Next(1_000_000)}_{random.Next(10000):D4}_m_{random.Next(100000):D6}_0 TaskAttempt Transitioned from {State(random)} to {State(random)}");
                break;
            case 7:
                builder.Append(c, $"Progress of TaskAttempt attempt_{random.Next(1_000_000)}_{random.Next(10000):D4}_m_{random.Next(100000):D6}_0 is : {random.NextDouble():F8}");
                break;
            case 8:
                builder.Append(c, $"Found block rdd_{random.Next(100)}_{random.Next(100)} locally");
                break;
            case 9:
                builder.Append(c, $"Block broadcast_{random.Next(100)} stored as values in memory (estimated size {random.NextDouble() * 100:F1} KB, free {random.NextDouble() * 500:F1} MB)");
                break;
            case 10:
                builder.Append(c, $"Finished task {random.Next(50)}.0 in stage {random.Next(20)}.0 (TID {random.Next(5000)}). {random.Next(4000)} bytes result sent to driver");
                break;
            case 11:
                builder.Append(c, $"instruction cache parity error corrected at 0x{random.Next():x8}");
                break;
            case 12:
                builder.Append(c, $"Out of memory: Kill process {random.Next(40000)} (java) score {random.Next(1000)} or sacrifice child");
                break;
            case 13:
                builder.Append(c, $"acquire lock={random.Next()}, flags=0x{random.Next(16):x}, tag=\"View Lock\", name=com.example.app, ws=null, uid={random.Next(10000, 11000)}, pid={random.Next(30000)}");
                break;
            case 14:
                builder.Append(c, $"GET /api/v1/items/{random.Next(100000)}?page={random.Next(20)} HTTP/1.1 {(random.Next(20) == 0 ? 503 : 200)} {random.Next(100000)} {random.Next(900)}ms");
                break;
            default:
                builder.Append(c, $"session opened for user {User(random)} by (uid={random.Next(1000)})");
                break;
        }
    }

    private static string User(Random random) => Users[random.Next(Users.Length)];

    private static string State(Random random) => States[random.Next(States.Length)];

    private static string Ip(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 255)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}");
}
