using System.Globalization;
using System.Text;
using Hindsight.Diagnostics;
using Hindsight.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Hindsight.Format.Internal;

/// <summary>
/// Reads and writes the <c>## Action items</c> section: a pipe table whose columns are found by their header, so a
/// hand-written table may leave columns out or reorder them.
/// </summary>
internal static class ActionItemsSection
{
    private static readonly string[] Columns = ["ID", "Action", "Type", "Priority", "Owner", "Due", "Status", "Factors", "Link"];

    public static void Read(IReadOnlyList<Block> blocks, MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var block in blocks)
        {
            if (block is HtmlBlock { Type: HtmlBlockType.Comment })
            {
                continue;
            }

            if (block is not Table table)
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, $"the Action items section holds only a table with the columns {string.Join(", ", Columns)}; move this text to '## Notes'", source.LineOf(block));
                continue;
            }

            ReadTable(table, source, postmortem, map, diagnostics);
        }
    }

    private static void ReadTable(Table table, MarkdownSource source, Postmortem postmortem, SourceMap map, DiagnosticBag diagnostics)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            diagnostics.Error(DiagnosticCodes.MalformedEntry, "the action items table needs a header row", source.LineOf(table));
            return;
        }

        var header = rows[0].OfType<TableCell>().Select(cell => Cell(cell, source)).ToList();
        foreach (var unknown in header.Where(name => !Columns.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            diagnostics.Error(DiagnosticCodes.MalformedEntry, $"unknown action items column '{unknown}'; expected {string.Join(", ", Columns)}", source.LineOf(rows[0]));
        }

        if (!header.Contains("Action", StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.MalformedEntry, "the action items table needs an 'Action' column", source.LineOf(rows[0]));
            return;
        }

        foreach (var row in rows.Skip(1))
        {
            var line = source.LineOf(row);
            var cells = row.OfType<TableCell>().Select(cell => Cell(cell, source)).ToList();
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var index = 0; index < header.Count && index < cells.Count; index++)
            {
                values[header[index]] = cells[index];
            }

            var item = new ActionItem();
            map.Record(item, line);
            item.Id = Optional(values, "ID");
            item.Title = values.GetValueOrDefault("Action") ?? "";
            item.Owner = Optional(values, "Owner");
            item.Link = Optional(values, "Link");
            item.Type = Word<ActionType>(values, "Type", line, diagnostics);
            item.Priority = Word<Priority>(values, "Priority", line, diagnostics);
            item.Status = Word<ActionStatus>(values, "Status", line, diagnostics) ?? ActionStatus.Open;
            if (Optional(values, "Due") is { } due)
            {
                if (DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueDate))
                {
                    item.Due = dueDate;
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, $"action item due date '{due}' is not a date like 2022-03-11", line);
                }
            }

            if (Optional(values, "Factors") is { } factors)
            {
                item.Factors.AddRange(factors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            if (item.Title.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MalformedEntry, "an action item has no text in its 'Action' column", line);
                continue;
            }

            postmortem.ActionItems.Add(item);
        }
    }

    private static TEnum? Word<TEnum>(Dictionary<string, string> values, string column, int line, DiagnosticBag diagnostics)
        where TEnum : struct, Enum
    {
        if (Optional(values, column) is not { } text)
        {
            return null;
        }

        if (Vocabulary.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, $"action item {column.ToLowerInvariant()} '{text}' is not one of: {Vocabulary.Expected<TEnum>()}", line);
        return null;
    }

    private static string? Optional(Dictionary<string, string> values, string column) =>
        values.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    private static string Cell(TableCell cell, MarkdownSource source) =>
        Inline.Normalise(source.Slice(cell)).Replace("\\|", "|", StringComparison.Ordinal);

    public static void Write(StringBuilder output, IReadOnlyList<ActionItem> items)
    {
        output.Append("| ").AppendJoin(" | ", Columns).Append(" |\n");
        output.Append('|').Append(string.Concat(Columns.Select(_ => " --- |"))).Append('\n');
        foreach (var item in items)
        {
            string?[] cells =
            [
                item.Id,
                item.Title,
                item.Type is { } type ? Vocabulary.Name(type) : null,
                item.Priority is { } priority ? Vocabulary.Name(priority) : null,
                item.Owner,
                item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Vocabulary.Name(item.Status),
                item.Factors.Count > 0 ? string.Join(", ", item.Factors) : null,
                item.Link,
            ];
            output.Append('|');
            foreach (var cell in cells)
            {
                var text = cell is null ? "" : Inline.Normalise(cell).Replace("|", "\\|", StringComparison.Ordinal);
                output.Append(text.Length == 0 ? " |" : $" {text} |");
            }

            output.Append('\n');
        }
    }
}
