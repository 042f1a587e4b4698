namespace Hindsight.Import;

/// <summary>A section of the imported document: a heading (or a plain label line) and the lines under it.</summary>
/// <param name="Heading">The heading text with markup removed; empty for the preamble.</param>
/// <param name="Kind">What the section is about.</param>
/// <param name="StartLine">The 1-based line of the heading (or of the first line of the preamble).</param>
/// <param name="EndLine">The 1-based last line of the section.</param>
public sealed record ImportedSection(string Heading, ImportedSectionKind Kind, int StartLine, int EndLine);
