using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>Renders a post-mortem as a report: Markdown or one self-contained HTML file, for an audience, through a template.</summary>
/// <param name="timeProvider">The clock that stamps the report with the time it was rendered.</param>
public sealed class ReportRenderer(TimeProvider timeProvider)
{
    /// <summary>Renders <paramref name="postmortem"/> in <paramref name="format"/>.</summary>
    /// <exception cref="ReportTemplateException">The template cannot be read, parsed or rendered; the message names it.</exception>
    public string Render(Postmortem postmortem, ReportFormat format, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        ArgumentNullException.ThrowIfNull(options);
        var visible = AudienceFilter.Apply(postmortem, options);
        if (format == ReportFormat.Markdown && options.Template == ReportTemplates.Canonical)
        {
            return PostmortemFile.Write(visible);
        }

        var (source, name) = LoadTemplate(options.Template, format);
        var template = LiquidReport.Parse(source, name);
        var report = ReportModelBuilder.Build(visible, options, timeProvider.GetUtcNow(), ReportTemplates.Stylesheet);
        return LiquidReport.Render(template, name, report, format);
    }

    private static (string Source, string Name) LoadTemplate(string template, ReportFormat format)
    {
        if (ReportTemplates.IsBuiltIn(template))
        {
            return (ReportTemplates.Source(template, format)!, $"{template}.{ReportTemplates.Extension(format)}.liquid");
        }

        if (!template.EndsWith(".liquid", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReportTemplateException(
                $"'{template}' is neither a built-in template ({string.Join(", ", ReportTemplates.BuiltInNames)}) nor a .liquid file.");
        }

        try
        {
            return (File.ReadAllText(template), template);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReportTemplateException($"{template}: the template cannot be read: {exception.Message}", exception);
        }
    }
}
