using System.Text.RegularExpressions;
using Hindsight.Model;

namespace Hindsight.Import.Internal;

/// <summary>
/// Reads the enumerated items of the measures section: list items (HTML ones included), table rows, or one item per
/// line when the author uses no list markers. Group labels ("Improvements:", "Tasks:"), introductions and concluding
/// prose are not items; prose is returned so it can be kept in the notes.
/// </summary>
internal static partial class ActionItemReader
{
    public sealed record Item(ActionItem ActionItem, int Line, string? Group);

    public sealed record Result(List<Item> Items, List<(int Line, string Text)> Prose);

    private static readonly HashSet<string> ImperativeStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "implement", "add", "enhance", "improve", "review", "conduct", "schedule", "set", "setup", "create", "update", "ensure", "monitor",
        "use", "test", "document", "develop", "establish", "introduce", "automate", "configure", "train", "provide", "perform", "patch",
        "deploy", "run", "check", "fix", "read", "locate", "identify", "tried", "reset", "build", "write", "migrate", "upgrade", "increase",
        "reduce", "limit", "enable", "disable", "install", "remove", "replace", "investigate", "audit", "define", "plan", "adopt", "regularly",
        "regular", "periodic", "consider", "educate", "hold", "apply", "verify", "validate", "restrict", "rotate", "backup", "refactor",
        "communicate", "notify", "share", "evaluate", "assess", "analyze", "analyse", "require", "enforce", "move", "make", "keep", "always",
        "never", "avoid", "do", "prepare", "maintain", "optimize", "optimise", "strengthen", "standardize", "standardise", "choose", "have",
        "hire", "rewrite", "split", "separate", "alert", "page", "track", "log", "measure", "write", "design", "encrypt", "isolate",
        "minimize", "minimise", "maximize", "maximise", "simplify", "expand", "extend", "publish", "more", "better",
    };

    // A run of at least this many unmarked lines, most of them item-like, is a list written without markers.
    private const int MinimumItemRun = 3;
    private const int MaxNounPhraseWords = 15;

    private static readonly HashSet<string> OwnVoiceStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "i", "our", "this", "these", "that", "thank", "thanks", "in", "overall", "finally", "by", "it", "the",
    };

    public static Result Read(IReadOnlyList<SourceLine> lines)
    {
        var items = new List<Item>();
        var prose = new List<(int Line, string Text)>();
        var hasList = lines.Any(line => line.Kind is LineKind.ListItem or LineKind.TableRow);

        // Numbered measures with bulleted details under them ("1. **Migration**", then "- Created a new table"): when
        // both kinds are there, the numbers enumerate and the bullets describe.
        var numbered = lines.Any(line => line.Kind == LineKind.ListItem && IsNumbered(line)) && lines.Any(line => line.Kind == LineKind.ListItem && !IsNumbered(line));
        var currentNumbered = false;
        string? group = null;
        string[]? header = null;
        Item? current = null;
        var currentDepth = 0;
        var mergeIndent = -1;
        // After a group label in a list ("* **Tasks:**"), unmarked lines no deeper than the label may be its items, one
        // per line (Markdown reads them as the label's lazy continuation); after a group heading, lines that read as
        // measures are, even where other groups use list markers.
        var unmarkedGroupIndent = -1;
        var underHeading = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank || line.Kind == LineKind.Decoration)
            {
                if (!hasList)
                {
                    current = null;
                    mergeIndent = -1;
                }

                continue;
            }

            if (line.Kind == LineKind.TableHeader)
            {
                header = Cells(line.Raw).Select(TextCleaner.Key).ToArray();
                continue;
            }

            if (line.Kind == LineKind.TableRow)
            {
                items.Add(FromRow(line, header, group));
                current = null;
                continue;
            }

            if (line.Kind == LineKind.Code)
            {
                // Code under a measure (a diagram, a config snippet) is no part of its title; it stays in the notes.
                prose.Add((line.Number, line.Raw.Trim()));
                continue;
            }

            var label = Label.Parse(line.Content);
            if (line.Kind == LineKind.Heading
                || (label is { IsAlone: true } && !(hasList && line.Kind == LineKind.Text && line.Depth > 0) && !(line.Kind == LineKind.ListItem && IsNumbered(line))))
            {
                var text = label?.Text ?? TextCleaner.Plain(line.Content).TrimEnd(':', ';', ' ');
                var next = SourceLines.NextContent(lines, index + 1);
                var nestsDeeper = next is not null && line.Kind != LineKind.Heading && (next.Depth > line.Depth || (!hasList && next.Indent > line.Indent));
                var isGroup = line.Kind == LineKind.Heading || !nestsDeeper || SectionVocabulary.Classify(text, strict: true) == ImportedSectionKind.ActionItems || NestedItemCount(lines, index + 1, line) > 1;
                if (isGroup)
                {
                    group = text;
                    current = null;
                    unmarkedGroupIndent = line.Kind is LineKind.ListItem or LineKind.Heading ? line.Indent : -1;
                    underHeading = line.Kind == LineKind.Heading;
                    continue;
                }

                // "Label:" followed by its nested description becomes one item, "Label: description".
                current = new Item(new ActionItem { Title = text + ":" }, line.Number, group);
                currentDepth = line.Depth;
                mergeIndent = line.Indent;
                items.Add(current);
                continue;
            }

            var content = TextCleaner.UnwrapLeadingLabel(TextCleaner.UnwrapEmphasis(TextCleaner.Collapse(line.Content)));
            if (hasList && line.Kind == LineKind.Text && line.Indent <= unmarkedGroupIndent
                && (underHeading ? line.Depth == 0 && LooksLikeItem(content, label) : LooksLikeItem(content, label) || ShortNounPhrase(content)))
            {
                current = null;
                items.Add(new Item(new ActionItem { Title = content }, line.Number, group));
                continue;
            }

            unmarkedGroupIndent = -1;
            if (hasList)
            {
                var detail = numbered && currentNumbered && current is not null && line.Kind == LineKind.ListItem && !IsNumbered(line);
                if (line.Kind == LineKind.ListItem && !detail && !(current is not null && current.ActionItem.Title.EndsWith(':') && line.Depth > currentDepth))
                {
                    current = new Item(new ActionItem { Title = content, Status = line.Checked ? ActionStatus.Done : ActionStatus.Open }, line.Number, group);
                    currentDepth = line.Depth;
                    currentNumbered = IsNumbered(line);
                    items.Add(current);
                }
                else if ((detail || line.Depth > 0) && current is not null)
                {
                    Append(current, content);
                }
                else
                {
                    prose.Add((line.Number, content));
                    current = null;
                }

                continue;
            }

            if (current is not null && mergeIndent >= 0 && line.Indent > mergeIndent)
            {
                Append(current, content);
                continue;
            }

            if (LooksLikeItem(content, label) || (ShortNounPhrase(content) && InItemRun(lines, index)))
            {
                current = null;
                items.Add(new Item(new ActionItem { Title = content }, line.Number, group));
            }
            else
            {
                prose.Add((line.Number, content));
            }
        }

        foreach (var item in items)
        {
            Enrich(item.ActionItem);
            if (item.ActionItem.Status == ActionStatus.Open && StatusOfGroup(item.Group) is { } status && Label.Parse(item.ActionItem.Title) is null)
            {
                // Items under "Completed:" or "In progress:" have the status their group names; an item that opens with a
                // label of its own ("Planned: ...", a group of one read as one item) may not be in that group at all.
                item.ActionItem.Status = status;
            }
        }

        // An item that is only a label, with nothing of its own ("1. **Flowchart:**" over a diagram), names what
        // follows it; it is no measure, and stays in the notes.
        foreach (var label in items.Where(item => item.ActionItem.Title.EndsWith(':') && Label.Parse(item.ActionItem.Title) is { IsAlone: true }))
        {
            prose.Add((label.Line, label.ActionItem.Title));
        }

        return new Result(
            items.Where(item => item.ActionItem.Title.Length > 0 && !prose.Contains((item.Line, item.ActionItem.Title))).ToList(),
            [.. prose.OrderBy(part => part.Line)]);
    }

    private static bool IsNumbered(SourceLine line)
    {
        var raw = line.Raw.AsSpan().TrimStart();
        var digits = 0;
        while (digits < raw.Length && char.IsAsciiDigit(raw[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 3 && digits < raw.Length && raw[digits] is '.' or ')';
    }

    private static void Append(Item item, string content) => item.ActionItem.Title = TextCleaner.Collapse(item.ActionItem.Title + " " + content);

    private static bool LooksLikeItem(string content, Label? label)
    {
        if (content.EndsWith(':'))
        {
            return false;
        }

        if (label is not null && label.Text.Split(' ').Length <= 6 && !label.IsAlone)
        {
            return true;
        }

        var words = TextCleaner.Plain(content).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || QuestionStart().IsMatch(content))
        {
            return false;
        }

        return ImperativeStarts.Contains(words[0].Trim(',', '.', ':')) || (words.Length <= 12 && !content.TrimEnd().EndsWith('.'));
    }

    // A line short enough to be one measure written as a noun phrase ("Bug bounty for the consensus code."), not a
    // sentence of the author's own ("We are confident these steps will ...").
    private static bool ShortNounPhrase(string content)
    {
        var words = TextCleaner.Plain(content).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxNounPhraseWords && !content.EndsWith(':') && !OwnVoiceStarts.Contains(words[0]);
    }

    // Whether the line belongs to a block of unmarked lines, one under the other at one indent, most of which read
    // as items: the author wrote one measure per line, and the few that open with a noun are measures too.
    private static bool InItemRun(IReadOnlyList<SourceLine> lines, int index)
    {
        bool InRun(SourceLine line) => line.Kind == LineKind.Text && !line.IsBlank && line.Indent == lines[index].Indent;
        var start = index;
        while (start > 0 && InRun(lines[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end + 1 < lines.Count && InRun(lines[end + 1]))
        {
            end++;
        }

        var count = end - start + 1;
        if (count < MinimumItemRun)
        {
            return false;
        }

        var itemLike = 0;
        for (var i = start; i <= end; i++)
        {
            var content = TextCleaner.UnwrapEmphasis(TextCleaner.Collapse(lines[i].Content));
            itemLike += LooksLikeItem(content, Label.Parse(lines[i].Content)) ? 1 : 0;
        }

        return itemLike * 2 > count;
    }

    private static int NestedItemCount(IReadOnlyList<SourceLine> lines, int start, SourceLine parent)
    {
        var count = 0;
        for (var index = start; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank || line.Kind == LineKind.Decoration)
            {
                continue;
            }

            if (line.Depth <= parent.Depth && line.Indent <= parent.Indent)
            {
                break;
            }

            if (line.Kind == LineKind.ListItem && line.Depth > parent.Depth)
            {
                count++;
            }
        }

        return count;
    }

    private static Item FromRow(SourceLine line, string[]? header, string? group)
    {
        var cells = Cells(line.Raw);
        var item = new ActionItem();
        for (var column = 0; column < cells.Length; column++)
        {
            var name = header is not null && column < header.Length ? header[column] : column == 0 ? "action item" : "";
            var value = TextCleaner.Collapse(cells[column]);
            if (value.Length == 0)
            {
                continue;
            }

            switch (name)
            {
                case "owner" or "owners" or "assignee" or "who":
                    item.Owner = value;
                    break;
                case "type" or "kind":
                    item.Type = TypeOf(value);
                    break;
                case "priority":
                    item.Priority = PriorityOf(value);
                    break;
                case "bug" or "ticket" or "link" or "issue" or "tracking bug":
                    item.Link = value;
                    break;
                case "due" or "due date" or "deadline" or "eta" or "target date":
                    if (TimeExpressionParser.FindDates(value).FirstOrDefault() is { Year: { } year, Month: { } month, Day: { } day } && day <= DateTime.DaysInMonth(year, month))
                    {
                        item.Due = new DateOnly(year, month, day);
                    }

                    break;
                case "status" or "state":
                    item.Status = TextCleaner.Key(value) switch
                    {
                        "done" or "complete" or "completed" or "closed" or "fixed" or "resolved" => ActionStatus.Done,
                        "in progress" or "started" or "ongoing" or "wip" => ActionStatus.InProgress,
                        "won t do" or "wontfix" or "wont do" or "wont fix" or "dropped" or "cancelled" or "canceled" => ActionStatus.WontDo,
                        _ => ActionStatus.Open,
                    };
                    break;
                default:
                    item.Title = item.Title.Length == 0 ? value : item.Title + " | " + value;
                    break;
            }
        }

        return new Item(item, line.Number, group);
    }

    private static string[] Cells(string raw) => raw.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();

    /// <summary>Picks up what an item states about itself: "Owner: X", "Deadline: DATE", "P1".</summary>
    private static void Enrich(ActionItem item)
    {
        if (item.Owner is null && OwnerPattern().Match(item.Title) is { Success: true } owner)
        {
            item.Owner = owner.Groups["owner"].Value.Trim();
        }

        if (item.Priority is null && PriorityPattern().Match(item.Title) is { Success: true } priority)
        {
            item.Priority = PriorityOf(priority.Value);
        }

        if (item.Due is null && DuePattern().Match(item.Title) is { Success: true } due
            && TimeExpressionParser.FindDates(due.Groups["date"].Value).FirstOrDefault() is { Year: { } year, Month: { } month, Day: { } day }
            && day <= DateTime.DaysInMonth(year, month))
        {
            item.Due = new DateOnly(year, month, day);
        }
    }

    private static ActionStatus? StatusOfGroup(string? group) => group is null ? null : TextCleaner.Key(group) switch
    {
        "completed" or "complete" or "done" or "finished" or "already done" or "implemented" or "fixed" => ActionStatus.Done,
        "in progress" or "ongoing" or "underway" or "started" => ActionStatus.InProgress,
        _ => null,
    };

    private static ActionType? TypeOf(string value) => TextCleaner.Key(value) switch
    {
        "prevent" or "prevention" or "preventive" or "preventative" => ActionType.Prevent,
        "detect" or "detection" => ActionType.Detect,
        "mitigate" or "mitigation" or "repair" => ActionType.Mitigate,
        "process" => ActionType.Process,
        "documentation" or "document" or "docs" => ActionType.Documentation,
        _ => null,
    };

    private static Priority? PriorityOf(string value) => TextCleaner.Key(value) switch
    {
        "p" when value.Trim().Length == 2 && value.Trim()[1] is >= '0' and <= '3' => (Priority)(value.Trim()[1] - '0'),
        "critical" or "urgent" => Priority.P0,
        "high" => Priority.P1,
        "medium" => Priority.P2,
        "low" => Priority.P3,
        _ => null,
    };

    [GeneratedRegex(@"\b(?:owner|assignee|assigned to|responsible)\s*[:=]\s*(?<owner>[^,;.()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"\bP[0-3]\b", RegexOptions.CultureInvariant)]
    private static partial Regex PriorityPattern();

    [GeneratedRegex(@"\b(?:deadline|due(?: date)?|by)\s*:?\s*(?<date>[^.;]{4,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"^(?:what|how|when|which|who|why)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();
}
