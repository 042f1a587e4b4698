using System.Globalization;
using Hindsight.Diagnostics;
using Hindsight.Lint.Text;

namespace Hindsight.Lint.Rules;

/// <summary>HL102: the stated length disagrees with the stated start and end.</summary>
internal sealed class InconsistentDurationRule : LintRule
{
    public override LintRuleDescriptor Descriptor { get; } = new(
        "HL102", "inconsistent-duration", DiagnosticSeverity.Warning,
        "The stated length of the outage disagrees with its stated start and end times.");

    public override void Check(LintContext context)
    {
        if (context.Document.IsStructured)
        {
            // A Hindsight file's instants are checked by the format validator; its prose is not a second source of truth.
            return;
        }

        var stated = DurationReader.Read(context.Document);
        if (stated.Length is not { } length || stated.StartToEnd is not { } span)
        {
            return;
        }

        var tolerance = TimeSpan.FromMinutes(Math.Max(5, length.TotalMinutes * 0.1));
        if ((length - span).Duration() <= tolerance)
        {
            return;
        }

        context.ReportAt(
            stated.LengthPosition,
            string.Create(CultureInfo.InvariantCulture, $"The stated length '{stated.LengthText}' disagrees with the stated window {stated.Start!.Text} to {stated.End!.Text}, which is {Describe(span)}."),
            string.Create(CultureInfo.InvariantCulture, $"Correct either the length or the times so that they agree (the times give {Describe(span)})."));
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min");
}
