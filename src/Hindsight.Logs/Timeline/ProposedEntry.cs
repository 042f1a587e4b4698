using Hindsight.Model;

namespace Hindsight.Logs.Timeline;

/// <summary>A candidate timeline entry found in the logs, with the line that proves it.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Text">What happened, with counts and end times written with their zone.</param>
/// <param name="Kind">What sort of event it is.</param>
/// <param name="Evidence">The <c>file:line</c> of the proving line.</param>
/// <param name="Score">How telling the entry is; higher ranks first.</param>
public sealed record ProposedEntry(DateTimeOffset At, string Text, TimelineEntryKind Kind, string Evidence, double Score)
{
    /// <summary>The entry as a post-mortem timeline entry with source <c>log</c>.</summary>
    public TimelineEntry ToTimelineEntry() => new()
    {
        At = At,
        Text = Text,
        Kind = Kind,
        Source = "log",
        Evidence = Evidence,
    };
}
