using System.Text.RegularExpressions;
using Hindsight.Model;

namespace Hindsight.Import.Internal;

/// <summary>Guesses what sort of event a timeline entry is from its wording.</summary>
internal static partial class EntryKinds
{
    public static TimelineEntryKind Of(string text) =>
        Milestone().IsMatch(text) ? TimelineEntryKind.Milestone
        : Alert().IsMatch(text) ? TimelineEntryKind.Alert
        : Detection().IsMatch(text) ? TimelineEntryKind.Detection
        : Deploy().IsMatch(text) ? TimelineEntryKind.Deploy
        : Communication().IsMatch(text) ? TimelineEntryKind.Communication
        : Action().IsMatch(text) ? TimelineEntryKind.Action
        : TimelineEntryKind.Observation;

    public static bool IsMilestone(string text) => Milestone().IsMatch(text);

    [GeneratedRegex(@"\b(?:OUTAGE|INCIDENT)\s+(?:BEGINS|MITIGATED|ENDS|RESOLVED)\b|\b(?:fully (?:restored|recovered|resolved)|incident (?:closed|resolved|declared))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Milestone();

    [GeneratedRegex(@"\b(?:alert(?:s|ed)?|paged?|pager|alarms?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alert();

    [GeneratedRegex(@"\b(?:detected|noticed|discovered|reported|realized|realised|complained|identified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\b(?:deploy(?:ed|ment)?|released?|rolled out|rollout|upgrade[ds]?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deploy();

    [GeneratedRegex(@"\b(?:notif(?:y|ied)|informed|communicat\w*|emailed|status page|announced|tweet\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Communication();

    [GeneratedRegex(@"\b(?:restart\w*|rolled back|rollback|revert\w*|fixed|corrected|escalat\w*|disconnected|changed|ran|executed|applied|patched|restored)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Action();
}
