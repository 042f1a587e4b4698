using System.Globalization;
using Hindsight.Logs.Output;

namespace Hindsight.Logs.Tests.Output;

public sealed class IsoTimestampTests
{
    [Theory]
    [InlineData(2024, 1, 1, 0, 0, 0, 0, 0)]
    [InlineData(2020, 12, 10, 6, 55, 46, 0, 0)]
    [InlineData(1, 1, 1, 0, 0, 0, 0, 0)]
    [InlineData(9999, 12, 31, 23, 59, 59, 9_999_999, 0)]
    [InlineData(2026, 11, 24, 12, 3, 4, 1_000_000, 330)]
    [InlineData(2026, 11, 24, 12, 3, 4, 1_230_000, -570)]
    [InlineData(2026, 3, 5, 7, 8, 9, 1, -60)]
    public void Write_GivenInstant_MatchesTheFrameworkFormat(int year, int month, int day, int hour, int minute, int second, int ticks, int offsetMinutes)
    {
        var value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(ticks);

        var written = Format(value);

        Assert.Equal(value.ToString(IsoTimestamp.Format, CultureInfo.InvariantCulture), written);
    }

    [Fact]
    public void Write_ManyRandomInstants_MatchTheFrameworkFormat()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 100_000; i++)
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            var ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            if (i % 3 == 0)
            {
                ticks -= ticks % TimeSpan.TicksPerSecond; // whole seconds: no fraction at all
            }

            var value = new DateTimeOffset(ticks, offset);

            Assert.Equal(value.ToString(IsoTimestamp.Format, CultureInfo.InvariantCulture), Format(value));
        }
    }

    private static string Format(DateTimeOffset value)
    {
        var buffer = new char[IsoTimestamp.MaxLength];
        var length = IsoTimestamp.Write(value, buffer);
        return new string(buffer, 0, length);
    }
}
