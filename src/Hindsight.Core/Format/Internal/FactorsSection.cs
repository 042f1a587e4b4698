using System.Text;
using System.Text.RegularExpressions;
using Hindsight.Diagnostics;
using Hindsight.Model;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>
/// Reads and writes the <c>## Contributing factors</c> section: a list of factors, each with nested "Why?" answers
/// of any depth and an optional evidence line.
/// </summary>
internal static partial class FactorsSection
{
    private const string RootCauseAttribute = "root cause";
    private const string EvidenceLabel = "Evidence";
    private const string WhyPrefix = "Why? ";

    public static void Read(IReadOnlyList<Block> blocks, MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var item in ListSection.Items(blocks, source, diagnostics, "the Contributing factors section holds only a list of factors; move this text to '## Notes' or into a factor"))
        {
            if (ReadFactor(item, source, map, diagnostics) is { } factor)
            {
                postmortem.ContributingFactors.Add(factor);
            }
        }
    }

    private static ContributingFactor? ReadFactor(ListItemBlock item, MarkdownSource source, SourceMap map, DiagnosticBag diagnostics)
    {
        var line = source.LineOf(item);
        var parsed = item.Count > 0 && item[0] is ParagraphBlock paragraph ? EntryLine.Parse(source.Flatten(paragraph), PlainId()) : null;
        if (parsed is null)
        {
            diagnostics.Error(DiagnosticCodes.MalformedEntry, "a contributing factor must start with its id, like '**F1** · technology · root cause — what made the failure possible'", line);
            return null;
        }

        var factor = new ContributingFactor { Id = parsed.Head, Text = parsed.Text };
        map.Record(factor, line);
        foreach (var attribute in parsed.Attributes)
        {
            if (string.Equals(attribute, RootCauseAttribute, StringComparison.OrdinalIgnoreCase))
            {
                factor.RootCause = true;
            }
            else if (Vocabulary.TryParse<FactorCategory>(attribute, out var category))
            {
                factor.Category = category;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, $"unknown factor attribute '{attribute}'; expected a category ({Vocabulary.Expected<FactorCategory>()}) or 'root cause'", line);
            }
        }

        foreach (var block in item.Skip(1))
        {
            if (block is not ListBlock details)
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, "a contributing factor holds one line of text and a list of 'Why?' answers and 'Evidence:'", source.LineOf(block));
                continue;
            }

            foreach (var detail in details.OfType<ListItemBlock>())
            {
                var text = detail.Count > 0 ? source.Flatten(detail[0]) : "";
                if (TimelineSection.Labelled(text, EvidenceLabel) is { } evidence)
                {
                    factor.Evidence.AddRange(evidence.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                else
                {
                    factor.Whys.Add(ReadWhy(detail, source, map, diagnostics));
                }
            }
        }

        return factor;
    }

    private static WhyStep ReadWhy(ListItemBlock item, MarkdownSource source, SourceMap map, DiagnosticBag diagnostics)
    {
        var text = item.Count > 0 ? source.Flatten(item[0]) : "";
        var step = new WhyStep { Text = WhyLabel().Replace(text, "") };
        map.Record(step, source.LineOf(item));
        foreach (var block in item.Skip(1))
        {
            if (block is ListBlock deeper)
            {
                step.Whys.AddRange(deeper.OfType<ListItemBlock>().Select(child => ReadWhy(child, source, map, diagnostics)));
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, "a 'Why?' answer holds one line of text and an optional list of deeper answers", source.LineOf(block));
            }
        }

        return step;
    }

    public static void Write(StringBuilder output, IReadOnlyList<ContributingFactor> factors)
    {
        foreach (var factor in factors)
        {
            var attributes = new List<string> { Vocabulary.Name(factor.Category) };
            if (factor.RootCause)
            {
                attributes.Add(RootCauseAttribute);
            }

            output.Append("- ").Append(EntryLine.Format(factor.Id, attributes, Inline.Normalise(factor.Text))).Append('\n');
            WriteWhys(output, factor.Whys, 1);
            if (factor.Evidence.Count > 0)
            {
                output.Append("  - ").Append(EvidenceLabel).Append(": ").Append(string.Join("; ", factor.Evidence.Select(Inline.Normalise))).Append('\n');
            }
        }
    }

    private static void WriteWhys(StringBuilder output, IReadOnlyList<WhyStep> whys, int depth)
    {
        foreach (var why in whys)
        {
            output.Append(' ', depth * 2).Append("- ").Append(WhyPrefix).Append(Inline.Normalise(why.Text)).Append('\n');
            WriteWhys(output, why.Whys, depth + 1);
        }
    }

    [GeneratedRegex(@"^[A-Za-z][\w.-]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();

    [GeneratedRegex(@"^(?:Why\s*[?:]\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhyLabel();
}
