using Hindsight.Diagnostics;
using Hindsight.Format;
using Hindsight.Import.Internal;
using Hindsight.Model;

namespace Hindsight.Import;

/// <summary>
/// Reads a post-mortem written in free Markdown (or plain text) into the Hindsight model: title, summary, impact and
/// its figures, stated duration, timeline with resolved instants, root cause, resolution and action items. Nothing is
/// dropped: what has no place goes to <see cref="Postmortem.Notes"/> or <see cref="Postmortem.ExtraSections"/>. A
/// document that is already a Hindsight file is read as <see cref="PostmortemFile.Parse"/> reads it
/// (<see cref="ImportResult.IsHindsightFile"/>).
/// </summary>
public static class PostmortemImporter
{
    /// <summary>Imports <paramref name="markdown"/>; never throws, whatever the input.</summary>
    /// <param name="markdown">The document text.</param>
    /// <param name="options">What the user knows that the document may not say (year, date, zone).</param>
    public static ImportResult Import(string markdown, ImportOptions? options = null)
    {
        var text = markdown ?? "";
        var settings = options ?? new ImportOptions();
        try
        {
            if (HindsightFileReader.Read(text, out var notAHindsightFile) is { } hindsightFile)
            {
                return hindsightFile;
            }

            var result = new ImportSession(text, settings).Run();
            return notAHindsightFile is null ? result : result with { Diagnostics = [notAHindsightFile, .. result.Diagnostics] };
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or InsufficientExecutionStackException or OperationCanceledException))
        {
            // A defect must not cost the user their document: keep it whole in the notes and say so.
            var postmortem = new Postmortem { Notes = text.Length > 0 ? text : null };
            var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, ImportDiagnosticCodes.ContentInNotes, $"the document could not be read section by section ({exception.GetType().Name}); it was kept whole in the notes", 1);
            return new ImportResult(postmortem, [diagnostic], new SourceMap(), StatedDuration.None, [], []);
        }
    }
}
