using System.Xml.Linq;
using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>
/// Draws each contributing factor as a box with its why-chain nested beneath it, so a reader follows the causes from
/// the condition down to the deepest answer, and sees which action items address each factor.
/// </summary>
/// <remarks>Nested boxes rather than a graph drawing: they break across printed pages and reflow on a phone.</remarks>
internal static class CausalDiagramHtml
{
    public static string? Render(IReadOnlyList<ContributingFactor> factors, IReadOnlyList<ActionItem> actionItems)
    {
        if (factors.Count == 0)
        {
            return null;
        }

        var diagram = new XElement("div", new XAttribute("class", "causal-diagram"));
        foreach (var factor in factors)
        {
            diagram.Add(Factor(factor, actionItems));
        }

        return diagram.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Factor(ContributingFactor factor, IReadOnlyList<ActionItem> actionItems)
    {
        var header = new XElement("div", new XAttribute("class", "factor-header"));
        if (factor.Id.Length > 0)
        {
            header.Add(new XElement("span", new XAttribute("class", "factor-id"), factor.Id), " ");
        }

        if (factor.RootCause)
        {
            header.Add(new XElement("span", new XAttribute("class", "badge badge-root"), "Root cause"), " ");
        }

        header.Add(new XElement("span", new XAttribute("class", "badge"), ModelText.Of(factor.Category)));

        var box = new XElement(
            "section",
            new XAttribute("class", factor.RootCause ? "factor root-cause" : "factor"),
            header,
            new XElement("p", new XAttribute("class", "factor-text"), factor.Text));

        if (factor.Whys.Count > 0)
        {
            box.Add(Whys(factor.Whys));
        }

        if (factor.Evidence.Count > 0)
        {
            box.Add(new XElement("p", new XAttribute("class", "factor-evidence"), "Evidence: " + string.Join("; ", factor.Evidence)));
        }

        var addressedBy = actionItems
            .Where(item => factor.Id.Length > 0 && item.Factors.Contains(factor.Id, StringComparer.OrdinalIgnoreCase))
            .Select(item => item.Id ?? item.Title)
            .ToList();
        box.Add(addressedBy.Count > 0
            ? new XElement("p", new XAttribute("class", "factor-actions"), "Addressed by " + string.Join(", ", addressedBy))
            : new XElement("p", new XAttribute("class", "factor-actions factor-unaddressed"), "No action item addresses this factor"));
        return box;
    }

    private static XElement Whys(List<WhyStep> steps)
    {
        var list = new XElement("ol", new XAttribute("class", "whys"));
        foreach (var step in steps)
        {
            var item = new XElement(
                "li",
                new XElement("span", new XAttribute("class", "why-label"), "Why?"),
                new XElement("div", new XAttribute("class", "why-box"), step.Text));
            if (step.Whys.Count > 0)
            {
                item.Add(Whys(step.Whys));
            }

            list.Add(item);
        }

        return list;
    }
}
