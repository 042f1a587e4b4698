namespace Hindsight.Import;

/// <summary>A figure that quantifies the impact, as the document states it.</summary>
/// <param name="Text">The phrase exactly as written (for example <c>85% of the user base</c>).</param>
/// <param name="Line">The 1-based line of the phrase.</param>
/// <param name="Kind">What the figure counts.</param>
/// <param name="Value">The number (a percentage from 0 to 100 for <see cref="ImpactFigureKind.Percent"/>).</param>
public sealed record ImpactFigure(string Text, int Line, ImpactFigureKind Kind, double Value);
