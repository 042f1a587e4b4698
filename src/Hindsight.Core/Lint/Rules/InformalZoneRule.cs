using System.Globalization;
using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Format;

namespace Hindsight.Lint.Rules;

/// <summary>HL202: a zone written as an abbreviation or a spoken name instead of an offset or IANA zone.</summary>
internal sealed partial class InformalZoneRule : LintRule
{
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase) { "CST", "CDT", "IST", "BST", "Central time", "Central Standard Time" };

    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL202", "informal-zone", DiagnosticSeverity.Info,
        "A time zone is written as an abbreviation or a spoken name (EAT, PST, East Africa Time) rather than a UTC offset or IANA zone.");

    public override void Check(LintContext context)
    {
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in context.Document.Temporal.Zones)
        {
            if (zone.IsFormal || IanaFollows(context.Document, zone) || !reported.Add(zone.Iana ?? zone.Text))
            {
                continue;
            }

            var target = zone.Iana is { } iana && TimeZones.TryFind(iana, out var found)
                ? string.Create(CultureInfo.InvariantCulture, $"{Offset(found.BaseUtcOffset)} ({iana})")
                : "a UTC offset and IANA zone";
            var ambiguity = Ambiguous.Contains(zone.Text) ? " It also names more than one zone around the world." : "";
            var seasons = zone.Iana is not null && zone.Iana.StartsWith("Africa/", StringComparison.Ordinal) ? "" : " Abbreviations also hide whether daylight saving time applied.";
            context.Report(
                zone.Line,
                zone.Column,
                $"The zone '{zone.Text}' is informal: readers elsewhere must look it up.{ambiguity}{seasons}",
                $"Write the offset and the IANA zone, for example {target}, or convert the times to UTC.");
        }
    }

    // "East Africa Time (Africa/Nairobi)" and "(South African Standard Time, UTC+2)" already say which zone is meant.
    private static bool IanaFollows(LintDocument document, Text.ZoneMention zone)
    {
        var prose = document.Prose(zone.Line);
        var after = zone.Column - 1 + zone.Text.Length;
        return after <= prose.Length && IanaName().IsMatch(prose[after..]);
    }

    [GeneratedRegex(@"^\s*[(,]?\s*(?:[A-Z][a-z]+/[A-Z][A-Za-z_]+|(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?\b|[+\-\u2212]\d{2}:?\d{2}\b)", RegexOptions.None)]
    private static partial Regex IanaName();

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
