using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Import;

/// <summary>What <see cref="PostmortemImporter.Import"/> read from a free-form document.</summary>
/// <param name="Postmortem">The post-mortem model; never <see langword="null"/>, even for an empty document.</param>
/// <param name="Diagnostics">Warnings and notes about the import (ambiguous zones, unresolved times, ...), with their lines.</param>
/// <param name="SourceMap">The source line of the title, summary, impact, resolution, notes, each timeline entry, factor and action item.</param>
/// <param name="Duration">The outage length and start/end times as the document states them.</param>
/// <param name="ImpactFigures">Every figure that quantifies the impact (percentages, user or request counts), in document order.</param>
/// <param name="Sections">The sections the importer recognised, in document order.</param>
public sealed record ImportResult(
    Postmortem Postmortem,
    IReadOnlyList<Diagnostic> Diagnostics,
    SourceMap SourceMap,
    StatedDuration Duration,
    IReadOnlyList<ImpactFigure> ImpactFigures,
    IReadOnlyList<ImportedSection> Sections)
{
    /// <summary>What each timeline entry's stamp states by itself (date, year, zone), in timeline order.</summary>
    public IReadOnlyList<ImportedStamp> Stamps { get; init; } = [];

    /// <summary>
    /// Whether the document was already a Hindsight file (<c>docs/FORMAT.md</c>) and was read as
    /// <see cref="PostmortemFile.Parse"/> reads it rather than imported: <see cref="Postmortem"/>,
    /// <see cref="Diagnostics"/> and <see cref="SourceMap"/> are then that reader's, its errors included (the model
    /// lacks what they name), and the properties that describe a free-form document are empty.
    /// </summary>
    public bool IsHindsightFile { get; init; }

    /// <summary>Whether the document gives at least one figure for the impact.</summary>
    public bool ImpactFigureStated => ImpactFigures.Count > 0;
}
