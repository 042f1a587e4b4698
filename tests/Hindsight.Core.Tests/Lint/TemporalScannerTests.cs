using Hindsight.Lint.Text;

namespace Hindsight.Core.Tests.Lint;

public class TemporalScannerTests
{
    [Theory]
    [InlineData("Saturday 26th February, 1200 hours", "Saturday 26th February")]
    [InlineData("on 11 APRIL 2026 at 09:12", "11 APRIL 2026")]
    [InlineData("from sept 3 onwards", "sept 3")]
    [InlineData("deployed 2024-01-02 at 10:00", "2024-01-02")]
    [InlineData("logged 12/03/2023, 10:00", "12/03/2023")]
    [InlineData("logged 26.02.2022 14:00", "26.02.2022")]
    [InlineData("since 3-4-24 the job fails", "3-4-24")]
    public void Scan_EveryWrittenFormOfADate_IsFound(string line, string date)
    {
        var facts = TemporalScanner.Scan([line]);

        Assert.Equal(date, Assert.Single(facts.Dates).Text);
    }

    [Theory]
    [InlineData("10:45 AM EAT - engineers restarted web-01")]
    [InlineData("the 3 pods restarted 2 times in 10 minutes")]
    [InlineData("v1.2 rolled out to 40% of hosts")]
    public void Scan_LinesWithDigitsButNoDate_FindNoDate(string line)
    {
        Assert.Empty(TemporalScanner.Scan([line]).Dates);
    }
}
