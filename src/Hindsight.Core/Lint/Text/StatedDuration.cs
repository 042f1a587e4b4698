namespace Hindsight.Lint.Text;

/// <summary>What a document states about the outage's length: a length phrase, a start and an end, or both.</summary>
/// <param name="Length">The stated length, if any.</param>
/// <param name="LengthPosition">Where the length is written.</param>
/// <param name="LengthText">The length as written.</param>
/// <param name="Start">The stated start time, if any.</param>
/// <param name="End">The stated end time, if any.</param>
/// <param name="DayDifference">Days between the start and end dates, when both are written.</param>
internal sealed record StatedDuration(TimeSpan? Length, TextPosition LengthPosition, string? LengthText, TimeMention? Start, TimeMention? End, int DayDifference)
{
    /// <summary>The span from start to end, across midnight when the end is earlier on the clock.</summary>
    public TimeSpan? StartToEnd
    {
        get
        {
            if (Start is null || End is null)
            {
                return null;
            }

            var minutes = End.MinuteOfDay - Start.MinuteOfDay + (DayDifference * 1440);
            if (minutes < 0 && DayDifference == 0)
            {
                minutes += 1440;
            }

            return TimeSpan.FromMinutes(minutes);
        }
    }

    public bool IsStated => Length is not null || (Start is not null && End is not null);
}
