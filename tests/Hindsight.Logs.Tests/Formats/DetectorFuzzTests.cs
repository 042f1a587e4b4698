using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Tests.Formats;

public class DetectorFuzzTests
{
    private static readonly TimestampContext Context = new(TimeZoneInfo.Utc, null, new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Property(MaxTest = 2000)]
    public bool EveryFormat_AnyString_NeverThrows(NonNull<string> text)
    {
        foreach (var format in LogFormats.All)
        {
            var parsed = default(ParsedLine);
            if (format.TryParse(text.Get, Context, ref parsed))
            {
                _ = parsed.Content(text.Get).Length;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000)]
    public bool EveryFormat_MutatedFixtureLine_NeverThrowsAndMessageLiesInsideTheLine(byte fixture, int position, char replacement, byte cut)
    {
        var lines = FormatFixtures.Lines.Select(row => (string)row[1]).ToList();
        var line = lines[fixture % lines.Count];
        var chars = line.ToCharArray();
        chars[Math.Abs(position % chars.Length)] = replacement;
        var mutated = new string(chars)[..Math.Max(0, chars.Length - (cut % 12))];

        var detection = FormatDetector.Detect([mutated], Context);
        var parsed = new LineParser(detection.Format, Context).Parse(mutated);

        return parsed.ContentText is not null || parsed.ContentStart + parsed.ContentLength <= mutated.Length;
    }

    [Property(MaxTest = 300)]
    public Property Detect_RandomSamples_NeverThrows() =>
        Prop.ForAll(Gen.ArrayOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)).ToArbitrary(), sample =>
        {
            var detection = FormatDetector.Detect(sample, Context);
            return detection.MatchedLines <= detection.SampleLines;
        });
}
