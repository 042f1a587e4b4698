using System.Text.RegularExpressions;
using Hindsight.Internal;

namespace Hindsight.Lint.Text;

/// <summary>Tells whether a free-Markdown action item (with its table header, if any) names an owner, a priority or a due date.</summary>
internal static partial class ActionFacts
{
    public static bool HasOwner(string item, string context) => Owner().IsMatch(item) || OwnerColumn().IsMatch(context);

    public static bool HasPriority(string item, string context) => Priority().IsMatch(item) || PriorityColumn().IsMatch(context);

    public static bool HasDueDate(string item, string context) => Due().IsMatch(item) || DueColumn().IsMatch(context);

    [GeneratedRegex(@"\b(?:owner|owned by|assignee|assigned to|responsible|DRI)\b|(?<![\w.])@[A-Za-z][\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    private static Regex OwnerColumn() => InterpretedRegex.Get(ref _ownerColumn, @"\|\s*(?:owner|assignee|responsible|who)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex? _ownerColumn;

    [GeneratedRegex(@"\b(?:P[0-4]|priority|sev[1-5]|(?:high|medium|low|urgent)[\s-]priority)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Priority();

    private static Regex PriorityColumn() => InterpretedRegex.Get(ref _priorityColumn, @"\|\s*(?:priority|prio|P)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex? _priorityColumn;

    private static Regex Due() => InterpretedRegex.Get(ref _due, @"\b(?:due|deadline|by (?:end of |the end of )?(?:\d{4}-\d{2}-\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|Q[1-4]|next (?:week|sprint|month|quarter)|EOD|EOW|Monday|Tuesday|Wednesday|Thursday|Friday)|until \d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}|Q[1-4] \d{4}|\(Q[1-4]\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex? _due;

    private static Regex DueColumn() => InterpretedRegex.Get(ref _dueColumn, @"\|\s*(?:due|due date|deadline|by when|when)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex? _dueColumn;
}
