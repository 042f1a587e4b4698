namespace Hindsight.Lint.Text;

/// <summary>
/// One action item as written in free Markdown: its line, where its text starts, its text, and the item the importer
/// read from it (with the owner, priority and due date of a table's columns), when the document was imported.
/// </summary>
internal sealed record ActionItemLine(int Line, int Column, string Text, Model.ActionItem? Imported = null);
