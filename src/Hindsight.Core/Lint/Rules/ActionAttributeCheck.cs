using System.Globalization;
using System.Text.RegularExpressions;
using Hindsight.Lint.Text;
using Hindsight.Model;

namespace Hindsight.Lint.Rules;

/// <summary>Shared by HL502 to HL504: reports the action items that lack one attribute, once per document.</summary>
internal static partial class ActionAttributeCheck
{
    public static void Run(
        LintContext context,
        string attribute,
        Func<ActionItem, bool> modelHas,
        Func<string, string, bool> textHas,
        string suggestion)
    {
        var document = context.Document;
        if (document.IsStructured)
        {
            var missing = document.Model!.ActionItems.Where(item => item.Status is not ActionStatus.Done and not ActionStatus.WontDo && !modelHas(item)).ToList();
            foreach (var item in missing)
            {
                var line = document.SourceMap.LineOf(item);
                var position = line > 0 ? document.Locate(line, item.Id ?? item.Title) : Anchors.FirstText(document);
                context.ReportAt(position, $"The action item '{item.Id ?? item.Title}' has no {attribute}.", suggestion);
            }

            return;
        }

        var items = ActionItemReader.Read(document);
        var header = string.Join('\n', document.Outline.LinesOf(SectionKind.ActionItems).Select(line => document.Lines[line - 1]).Where(line => line.TrimStart().StartsWith('|')).Take(1));
        // Work already done ("the script was updated") needs no owner or due date any more.
        var lacking = items.Where(item => !(item.Imported is { } imported && modelHas(imported)) && !textHas(item.Text, header) && !Completed().IsMatch(item.Text)).ToList();
        if (lacking.Count == 0)
        {
            return;
        }

        var first = lacking[0];
        var count = lacking.Count == items.Count
            ? string.Create(CultureInfo.InvariantCulture, $"None of the {items.Count} action items names {Article(attribute)}")
            : string.Create(CultureInfo.InvariantCulture, $"{lacking.Count} of {items.Count} action items name no {attribute}");
        context.Report(first.Line, first.Column, $"{count} (first: '{Shorten(first.Text)}').", suggestion);
    }

    private static string Article(string attribute) => attribute.StartsWith('o') ? "an " + attribute : "a " + attribute;

    private static string Shorten(string text)
    {
        var compact = Whitespace().Replace(text.Replace("*", "", StringComparison.Ordinal), " ").Trim();
        return compact.Length <= 60 ? compact : compact[..57] + "...";
    }

    [GeneratedRegex(@"\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?(?:\w+ed|sent|made|done|written|put|set|built)\b|\b(?:successfully|already)\s+\w+ed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Completed();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
