namespace Hindsight.Rendering;

/// <summary>The text formats a report renders to; PDF is printed from <see cref="Html"/>.</summary>
public enum ReportFormat
{
    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>One self-contained HTML file: inline CSS and SVG, no script, nothing fetched.</summary>
    Html,
}
