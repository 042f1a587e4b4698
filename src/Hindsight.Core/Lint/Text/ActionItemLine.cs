namespace Hindsight.Lint.Text;

/// <summary>One action item as written in free Markdown: its line, where its text starts, and its text.</summary>
internal sealed record ActionItemLine(int Line, int Column, string Text);
