using System.Globalization;
using System.Text;
using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Tests.Reading;

public class TemplatedScanTests
{
    private static readonly LogReadOptions Utc = new(TimeZoneInfo.Utc, true, 2022);

    private static string WriteLog(TempDirectory directory, int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var at = new DateTime(2022, 2, 26, 0, 0, 0).AddSeconds(i);
            text.Append(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd HH:mm:ss} INFO [main] app.Worker: job {i} finished in {i % 97} ms\n");
            if (i % 1000 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd HH:mm:ss} ERROR [main] app.Db: connection to 10.0.0.{i % 250} refused\n");
            }
        }

        return directory.File("app.log", text.ToString());
    }

    [Fact]
    public void Run_MoreLinesThanOneBatch_HandsEveryLineOnceInOrderWithItsTemplate()
    {
        using var directory = new TempDirectory();
        var path = WriteLog(directory, 70_000);
        var scan = new TemplatedScan([LogSource.FromFile(path, "app.log")], Utc, 1);
        var lineNumbers = new List<long>();
        var templates = new HashSet<int>();

        scan.Run(batch =>
        {
            for (var i = 0; i < batch.Count; i++)
            {
                lineNumbers.Add(batch.Lines[i].LineNumber);
                templates.Add(batch.Lines[i].TemplateId);
            }
        });

        Assert.Equal(70_070, lineNumbers.Count);
        Assert.Equal(Enumerable.Range(1, 70_070).Select(i => (long)i), lineNumbers);
        Assert.Equal(2, templates.Count);
        Assert.DoesNotContain(-1, templates);
    }

    [Fact]
    public void Run_ConsumerFails_ThrowsItsExceptionWithoutHanging()
    {
        using var directory = new TempDirectory();
        var path = WriteLog(directory, 100_000);
        var scan = new TemplatedScan([LogSource.FromFile(path, "app.log")], Utc, 1);

        var exception = Assert.Throws<InvalidOperationException>(() => scan.Run(_ => throw new InvalidOperationException("stop")));

        Assert.Equal("stop", exception.Message);
    }

    [Fact]
    public void Run_ReportsProgressAcrossBothPasses()
    {
        using var directory = new TempDirectory();
        var path = WriteLog(directory, 40_000);
        var scan = new TemplatedScan([LogSource.FromFile(path, "app.log")], Utc, 1);
        var reports = new List<(long Bytes, long Lines)>();

        scan.Run(_ => { }, (bytes, lines) => reports.Add((bytes, lines)));

        Assert.Equal(scan.TotalWork, reports[^1].Bytes);
        Assert.Equal(2 * 40_040, reports[^1].Lines);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.First.Lines <= pair.Second.Lines));
    }
}
