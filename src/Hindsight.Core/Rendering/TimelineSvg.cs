using System.Globalization;
using System.Xml.Linq;

namespace Hindsight.Rendering;

/// <summary>
/// Draws the incident on a time axis: the milestones (start, detection, mitigation, resolution) above it, the impact as
/// a band on it, and the key entries as numbered marks below it with a legend. The zone is named in the caption.
/// </summary>
/// <remarks>Built with <see cref="XElement"/> so that every text from the document is escaped.</remarks>
internal static class TimelineSvg
{
    private const double Width = 760;
    private const double MarginX = 20;
    private const double MilestoneLaneHeight = 38;
    private const double KeyLaneHeight = 24;
    private const int MaxTicks = 8;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly int[] TickStepsInMinutes = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

    public static string? Render(IReadOnlyList<TimelineMark> milestones, IReadOnlyList<TimelineMark> keyEntries, TimelineBand? impact, TimelineBand? recovery, ZonedTimeFormatter times)
    {
        var instants = milestones.Concat(keyEntries).Select(m => m.At).ToList();
        if (instants.Count == 0)
        {
            return null;
        }

        var first = instants.Min();
        var last = instants.Max();
        var padding = TimeSpan.FromTicks(Math.Max((last - first).Ticks / 25, TimeSpan.FromMinutes(5).Ticks));
        var axis = new TimeAxis(first - padding, last + padding, MarginX, Width - MarginX);

        var milestoneLanes = LaneLayout.Assign(milestones.Select(m => LabelExtent(axis.X(m.At), LabelWidth(m, times))).ToList());
        var laneCount = milestoneLanes.Count == 0 ? 0 : milestoneLanes.Max() + 1;
        var axisY = 24 + (laneCount * MilestoneLaneHeight) + 14;

        var svg = new XElement(
            Svg + "svg",
            new XAttribute("class", "timeline"),
            new XAttribute("role", "img"),
            new XAttribute("viewBox", "0 0 760 0"),
            new XAttribute("font-family", "inherit"),
            new XElement(Svg + "title", "Incident timeline, times in " + times.ZoneCaption(first)),
            Text(MarginX, 16, "Times in " + times.ZoneCaption(first), "caption"));

        // Key entry leaders first, so that the axis, its labels and the bands are drawn over them.
        var keyLanes = LaneLayout.Assign(keyEntries.Select(k => new LaneLabel(axis.X(k.At), axis.X(k.At) - 10, axis.X(k.At) + 10)).ToList());
        var keyRowY = axisY + 62;
        for (var i = 0; i < keyEntries.Count; i++)
        {
            var x = axis.X(keyEntries[i].At);
            var y = keyRowY + (keyLanes[i] * KeyLaneHeight);
            svg.Add(
                Line(x, axisY + 2, x, y - 9, "key-leader"),
                new XElement(Svg + "circle", Attr("cx", x), Attr("cy", y), Attr("r", 9), new XAttribute("class", "key-mark")),
                Text(x, y + 4, keyEntries[i].Label, "key-number", "middle"));
        }

        // The bands go over the axis line so that their labels are not struck through.
        AddAxis(svg, axis, axisY, times);
        AddBands(svg, axis, axisY, impact, recovery);

        for (var i = 0; i < milestones.Count; i++)
        {
            AddMilestone(svg, axis, axisY, milestones[i], milestoneLanes[i], times);
        }

        var legendY = keyRowY + ((keyEntries.Count == 0 ? 0 : keyLanes.Max() + 1) * KeyLaneHeight) + 10;
        foreach (var entry in keyEntries)
        {
            svg.Add(
                new XElement(Svg + "circle", Attr("cx", MarginX + 9), Attr("cy", legendY - 4), Attr("r", 9), new XAttribute("class", "key-mark")),
                Text(MarginX + 9, legendY, entry.Label, "key-number", "middle"),
                new XElement(
                    Svg + "text",
                    Attr("x", MarginX + 26),
                    Attr("y", legendY),
                    new XAttribute("class", "legend"),
                    new XElement(Svg + "tspan", new XAttribute("class", "legend-time"), times.Short(entry.At) + "  "),
                    Truncate(entry.Detail ?? "", 88)));
            legendY += 22;
        }

        svg.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {legendY:0}"));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static void AddBands(XElement svg, TimeAxis axis, double axisY, TimelineBand? impact, TimelineBand? recovery)
    {
        foreach (var (band, cssClass) in new[] { (impact, "band-impact"), (recovery, "band-recovery") })
        {
            if (band is null || band.To < band.From)
            {
                continue;
            }

            var from = axis.X(band.From);
            var width = Math.Max(axis.X(band.To) - from, 2);
            svg.Add(new XElement(Svg + "rect", Attr("x", from), Attr("y", axisY - 9), Attr("width", width), Attr("height", 18), Attr("rx", 3), new XAttribute("class", cssClass)));
            if (width > band.Label.Length * 6.6 + 12)
            {
                svg.Add(Text(from + (width / 2), axisY + 4, band.Label, "band-label", "middle"));
            }
        }
    }

    private static void AddAxis(XElement svg, TimeAxis axis, double axisY, ZonedTimeFormatter times)
    {
        svg.Add(Line(axis.Left, axisY, axis.Right, axisY, "axis"));
        var step = TickStep(axis.To - axis.From);
        var localStart = times.ToLocal(axis.From);
        var midnight = new DateTimeOffset(localStart.Date, localStart.Offset);
        var tick = midnight + (step * Math.Ceiling((localStart - midnight) / step));
        string? previousDate = null;
        for (; tick <= axis.To; tick += step)
        {
            var x = axis.X(tick);
            var local = times.ToLocal(tick);
            var date = local.ToString("ddd d MMM", CultureInfo.InvariantCulture);
            svg.Add(Line(x, axisY + 9, x, axisY + 15, "tick"));
            if (step < TimeSpan.FromDays(1))
            {
                svg.Add(Text(x, axisY + 28, local.ToString("HH:mm", CultureInfo.InvariantCulture), "tick-label", "middle"));
            }

            if (date != previousDate || step >= TimeSpan.FromDays(1))
            {
                svg.Add(Text(x, axisY + (step < TimeSpan.FromDays(1) ? 42 : 28), date, "tick-date", "middle"));
                previousDate = date;
            }
        }
    }

    /// <summary>The smallest round step that puts at most 8 ticks on the axis; whole days beyond a week.</summary>
    internal static TimeSpan TickStep(TimeSpan span)
    {
        foreach (var minutes in TickStepsInMinutes)
        {
            if (span / TimeSpan.FromMinutes(minutes) <= MaxTicks)
            {
                return TimeSpan.FromMinutes(minutes);
            }
        }

        return TimeSpan.FromDays(Math.Ceiling(span.TotalDays / MaxTicks));
    }

    private static void AddMilestone(XElement svg, TimeAxis axis, double axisY, TimelineMark milestone, int lane, ZonedTimeFormatter times)
    {
        var x = axis.X(milestone.At);
        var labelY = axisY - 26 - (lane * MilestoneLaneHeight);
        var anchorEnd = IsNearRightEdge(x, LabelWidth(milestone, times));
        var textX = anchorEnd ? x - 6 : x + 6;
        var anchor = anchorEnd ? "end" : "start";
        svg.Add(
            Line(x, labelY - 12, x, axisY, "leader " + milestone.CssClass),
            Text(textX, labelY - 2, milestone.Label, "milestone-label " + milestone.CssClass, anchor),
            Text(textX, labelY + 12, times.Short(milestone.At), "milestone-time", anchor),
            new XElement(Svg + "circle", Attr("cx", x), Attr("cy", axisY), Attr("r", 7), new XAttribute("class", "milestone " + milestone.CssClass)));
    }

    /// <summary>Where a milestone label goes: right of its mark, or left of it near the right edge (see <see cref="AddMilestone"/>).</summary>
    private static LaneLabel LabelExtent(double x, double width) =>
        IsNearRightEdge(x, width) ? new LaneLabel(x, x - width, x) : new LaneLabel(x, x, x + width);

    private static bool IsNearRightEdge(double x, double width) => x + width > Width - MarginX;

    /// <summary>An estimate of the label's width: the SVG is laid out before a browser measures any text.</summary>
    private static double LabelWidth(TimelineMark milestone, ZonedTimeFormatter times) =>
        Math.Max(milestone.Label.Length * 7.6, times.Short(milestone.At).Length * 6.2) + 8;

    private static XElement Line(double x1, double y1, double x2, double y2, string cssClass) =>
        new(Svg + "line", Attr("x1", x1), Attr("y1", y1), Attr("x2", x2), Attr("y2", y2), new XAttribute("class", cssClass));

    private static XElement Text(double x, double y, string text, string cssClass, string anchor = "start") =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor), new XAttribute("class", cssClass), text);

    private static XAttribute Attr(string name, double value) =>
        new(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    private static string Truncate(string text, int length)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= length ? oneLine : oneLine[..(length - 1)].TrimEnd() + "…";
    }
}
