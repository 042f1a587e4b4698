namespace Hindsight.Import.Internal;

/// <summary>A time (and maybe date and zone) found in text, with the parts it states.</summary>
/// <param name="Index">Where it starts in the searched text.</param>
/// <param name="Text">The expression exactly as written.</param>
internal sealed record TimeExpression(int Index, string Text)
{
    public int Length => Text.Length;

    public int End => Index + Text.Length;

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>The day number of "Day 2, 09:00", counted from the first day of the incident.</summary>
    public int? RelativeDay { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>A time written as an offset ("+5 min", "T+1h 30m"), counted from the last entry before it with a clock time.</summary>
    public TimeSpan? Offset { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    public int Second { get; init; }

    public ZoneMention? Zone { get; init; }

    /// <summary>Numeric date where day and month could be swapped (both 12 or less and different).</summary>
    public bool AmbiguousDayMonth { get; init; }

    /// <summary>Whether the clock part is written with a dot ("15.25"), which is weak evidence of a time in prose.</summary>
    public bool DotSeparated { get; init; }

    /// <summary>Whether the expression states an hour and minute in an unmistakable way (colon, AM/PM, "hours" or a zone).</summary>
    public bool HasStrongClock { get; init; }

    /// <summary>The end of a range such as "14:02 - 14:30".</summary>
    public TimeExpression? RangeEnd { get; init; }

    public bool HasClock => Hour is not null;

    public bool HasDate => Month is not null || RelativeDay is not null;
}
