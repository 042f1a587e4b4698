namespace Hindsight.Model;

/// <summary>One event on the incident timeline.</summary>
public sealed class TimelineEntry
{
    /// <summary>When it happened; <see langword="null"/> only for imported entries whose time could not be resolved.</summary>
    public DateTimeOffset? At { get; set; }

    /// <summary>The time exactly as a source document wrote it, kept by the importer; <see langword="null"/> otherwise.</summary>
    public string? OriginalTime { get; set; }

    /// <summary>Why <see cref="At"/> could not be resolved from <see cref="OriginalTime"/>.</summary>
    public string? UnresolvedReason { get; set; }

    /// <summary>What happened.</summary>
    public string Text { get; set; } = "";

    /// <summary>What sort of event this is.</summary>
    public TimelineEntryKind Kind { get; set; } = TimelineEntryKind.Observation;

    /// <summary>Where the entry comes from (for example <c>log</c>, <c>chat</c>, <c>interview</c>, <c>monitoring</c>).</summary>
    public string? Source { get; set; }

    /// <summary>A pointer to the proof (for example <c>logs/web-01/error.log:1204</c> or a URL).</summary>
    public string? Evidence { get; set; }

    /// <summary>Whether the entry is one of the few that tell the story; key entries are drawn on report timelines.</summary>
    public bool Key { get; set; }
}
