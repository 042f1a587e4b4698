using System.Collections.Concurrent;
using Fluid;
using Hindsight.Format;
using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>Renders a post-mortem as a report: Markdown or one self-contained HTML file, for an audience, through a template.</summary>
/// <param name="timeProvider">The clock that stamps the report with the time it was rendered.</param>
public sealed class ReportRenderer(TimeProvider timeProvider)
{
    private static readonly ConcurrentDictionary<string, IFluidTemplate> BuiltInTemplates = new(StringComparer.Ordinal);

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

        var (template, name) = LoadTemplate(options.Template, format);
        var report = ReportModelBuilder.Build(visible, options, timeProvider.GetUtcNow(), ReportTemplates.Stylesheet);
        return LiquidReport.Render(template, name, report, format);
    }

    private static (IFluidTemplate Template, string Name) LoadTemplate(string template, ReportFormat format)
    {
        if (ReportTemplates.IsBuiltIn(template))
        {
            // Built-in templates never change while the program runs: parse each once.
            var name = $"{template}.{ReportTemplates.Extension(format)}.liquid";
            return (BuiltInTemplates.GetOrAdd(name, key => LiquidReport.Parse(ReportTemplates.Source(template, format)!, key)), name);
        }

        if (!template.EndsWith(".liquid", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReportTemplateException(
                $"'{template}' is neither a built-in template ({string.Join(", ", ReportTemplates.BuiltInNames)}) nor a .liquid file.");
        }

        string source;
        try
        {
            source = File.ReadAllText(template);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReportTemplateException($"{template}: the template cannot be read: {exception.Message}", exception);
        }

        return (LiquidReport.Parse(source, template), template);
    }
}
