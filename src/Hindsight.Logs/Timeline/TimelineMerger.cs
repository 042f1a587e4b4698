using Hindsight.Model;

namespace Hindsight.Logs.Timeline;

/// <summary>Adds proposed entries to a post-mortem's timeline in time order, skipping evidence already cited.</summary>
public static class TimelineMerger
{
    /// <summary>Merges <paramref name="entries"/> into <paramref name="postmortem"/>; returns how many were added.</summary>
    public static int Merge(Postmortem postmortem, IEnumerable<ProposedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        ArgumentNullException.ThrowIfNull(entries);
        var cited = postmortem.Timeline.Select(entry => entry.Evidence).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var proposed in entries.OrderBy(entry => entry.At))
        {
            if (!cited.Add(proposed.Evidence))
            {
                continue;
            }

            // Before the first dated entry that is later; undated entries keep their place.
            var index = postmortem.Timeline.FindIndex(entry => entry.At is { } at && at > proposed.At);
            postmortem.Timeline.Insert(index < 0 ? postmortem.Timeline.Count : index, proposed.ToTimelineEntry());
            added++;
        }

        return added;
    }
}
