namespace Hindsight.Lint.Text;

/// <summary>A heading or label line and what it introduces.</summary>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="Column">1-based column where the heading text starts.</param>
/// <param name="Text">The heading text without markup.</param>
/// <param name="Kind">What the section is about.</param>
/// <param name="InlineContentColumn">For a label such as <c>Root cause: text</c>, the 1-based column where the content starts; 0 when the content starts on the next line.</param>
internal sealed record SectionHeading(int Line, int Column, string Text, SectionKind Kind, int InlineContentColumn);
