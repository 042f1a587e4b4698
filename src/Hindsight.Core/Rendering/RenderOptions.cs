namespace Hindsight.Rendering;

/// <summary>How to render a post-mortem.</summary>
/// <param name="Template">A built-in template name (see <see cref="ReportTemplates.BuiltInNames"/>) or the path of a Liquid file.</param>
/// <param name="Audience">Who the report is for.</param>
/// <param name="RedactHosts">Whether to replace internal host names and private addresses in the text with a placeholder.</param>
public sealed record RenderOptions(
    string Template = ReportTemplates.Canonical,
    ReportAudience Audience = ReportAudience.Internal,
    bool RedactHosts = false);
