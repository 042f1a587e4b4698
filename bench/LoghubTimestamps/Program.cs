using System.Globalization;
using Hindsight.Logs.Reading;
using LoghubTimestamps;

// Checks every line's timestamp (and, for information, its message) against the Loghub ground truth.
// Usage: dotnet run --project bench/LoghubTimestamps [-- --corpus DIR]; DIR is the shared corpus or its loghub folder.
// Exits 1 below 100 % of the lines that have a timestamp in the ground truth.
var corpusIndex = Array.IndexOf(args, "--corpus");
var corpus = corpusIndex >= 0 && corpusIndex + 1 < args.Length ? args[corpusIndex + 1] : FindCorpus();
if (Directory.Exists(Path.Combine(corpus, "loghub")))
{
    corpus = Path.Combine(corpus, "loghub");
}

if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"corpus not found: {corpus}");
    return 2;
}

var cases = new List<(string Name, string Log, string Truth)>();
foreach (var system in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(system);
    AddCase(cases, name, Path.Combine(system, $"{name}_2k.log"), Path.Combine(system, $"{name}_2k.log_structured.csv"));
    AddCase(cases, $"{name} (loghub-2.0)", Path.Combine(system, "loghub-2.0", $"{name}_2k.log"), Path.Combine(system, "loghub-2.0", $"{name}_2k.log_structured_corrected.csv"));
    AddCase(cases, $"{name} (logparser-corrected)", Path.Combine(system, "logparser-corrected", $"{name}_2k.log"), Path.Combine(system, "logparser-corrected", $"{name}_2k.log_structured_corrected.csv"));
}

var options = new LogReadOptions(TimeZoneInfo.Utc, ZoneIsExplicit: true, Year: null);
long totalExpected = 0, totalMatched = 0, totalContent = 0, totalContentMatched = 0;
Console.WriteLine($"{"system",-34} {"format",-40} {"timestamps",14} {"content",14}");
foreach (var (name, log, truth) in cases)
{
    var rows = CsvRows.Read(truth).ToList();
    var expectedOf = ExpectedTime.ForHeader(rows[0]);
    var contentColumn = Array.IndexOf(rows[0], "Content");
    using var reader = new LogReader([LogSource.FromFile(log, log)], options);
    long expected = 0, matched = 0, contentMatched = 0, index = 0;
    var misses = new List<string>();
    while (reader.Read())
    {
        index++;
        if (index >= rows.Count)
        {
            break;
        }

        var row = rows[(int)index];
        if (expectedOf?.Invoke(row) is { } expectedTime)
        {
            expected++;
            if (expectedTime.Matches(reader.Parsed.Timestamp))
            {
                matched++;
            }
            else if (misses.Count < 3)
            {
                misses.Add($"    line {index}: expected {expectedTime.WallClock?.ToString("O", CultureInfo.InvariantCulture) ?? expectedTime.EpochSeconds?.ToString(CultureInfo.InvariantCulture)}, got {reader.Parsed.Timestamp?.ToString("O", CultureInfo.InvariantCulture) ?? "none"}: {reader.Line[..Math.Min(100, reader.Line.Length)]}");
            }
        }

        if (contentColumn >= 0 && reader.Content.Trim().SequenceEqual(row[contentColumn].AsSpan().Trim()))
        {
            contentMatched++;
        }
    }

    var lines = rows.Count - 1;
    totalExpected += expected;
    totalMatched += matched;
    totalContent += lines;
    totalContentMatched += contentMatched;
    var format = reader.Files[0].Detection.Format?.Name ?? "none";
    Console.WriteLine($"{name,-34} {format[..Math.Min(40, format.Length)],-40} {Rate(matched, expected),14} {Rate(contentMatched, lines),14}");
    foreach (var miss in misses)
    {
        Console.WriteLine(miss);
    }
}

Console.WriteLine($"{"TOTAL",-34} {"",-40} {Rate(totalMatched, totalExpected),14} {Rate(totalContentMatched, totalContent),14}");
Console.WriteLine("target: 100 % of lines with a timestamp in the ground truth (content agreement is informational)");
return totalMatched == totalExpected && totalExpected > 0 ? 0 : 1;

static string Rate(long part, long whole) =>
    whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:F2} % ({part}/{whole})");

static void AddCase(List<(string, string, string)> cases, string name, string log, string truth)
{
    if (File.Exists(log) && File.Exists(truth))
    {
        cases.Add((name, log, truth));
    }
}

static string FindCorpus()
{
    // The repository root is the nearest folder above holding Hindsight.slnx; the corpus is ../shared beside it.
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hindsight.slnx")))
    {
        directory = directory.Parent;
    }

    var root = directory?.FullName ?? Directory.GetCurrentDirectory();
    return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "loghub"));
}
