namespace Hindsight.Import.Internal;

/// <summary>What the document says about dates and zones outside the timeline entries themselves.</summary>
internal sealed class TimeContext
{
    /// <summary>The incident date stated in the summary or duration ("August 19, 2024"), if any.</summary>
    public TimeExpression? DocumentDate { get; set; }

    /// <summary>The first zone the document names outside the timeline entries.</summary>
    public ZoneMention? DocumentZone { get; set; }

    /// <summary>The zone the timeline declares ("All times in CET.").</summary>
    public ZoneMention? TimelineZone { get; set; }

    /// <summary>
    /// The <c>date</c> of a static site's front matter: often the day the report was published rather than the day of
    /// the incident, so it comes after what the document and the user say (<c>--date</c>, <c>--year</c>).
    /// </summary>
    public DateOnly? FrontMatterDate { get; init; }
}
