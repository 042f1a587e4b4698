using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>Tells whether a free-Markdown action item (with its table header, if any) names an owner, a priority or a due date.</summary>
internal static partial class ActionFacts
{
    public static bool HasOwner(string item, string context) => Owner().IsMatch(item) || OwnerColumn().IsMatch(context);

    public static bool HasPriority(string item, string context) => Priority().IsMatch(item) || PriorityColumn().IsMatch(context);

    public static bool HasDueDate(string item, string context) => Due().IsMatch(item) || DueColumn().IsMatch(context);

    [GeneratedRegex(@"\b(?:owner|owned by|assignee|assigned to|responsible|DRI)\b|(?<![\w.])@[A-Za-z][\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"\|\s*(?:owner|assignee|responsible|who)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerColumn();

    [GeneratedRegex(@"\b(?:P[0-4]|priority|sev[1-5]|(?:high|medium|low|urgent)[\s-]priority)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Priority();

    [GeneratedRegex(@"\|\s*(?:priority|prio|P)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriorityColumn();

    [GeneratedRegex(@"\b(?:due|deadline|by (?:end of |the end of )?(?:\d{4}-\d{2}-\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|Q[1-4]|next (?:week|sprint|month|quarter)|EOD|EOW|Monday|Tuesday|Wednesday|Thursday|Friday)|until \d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}|Q[1-4] \d{4}|\(Q[1-4]\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Due();

    [GeneratedRegex(@"\|\s*(?:due|due date|deadline|by when|when)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueColumn();
}
