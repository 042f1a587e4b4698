using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace Hindsight.Rendering;

/// <summary>Parses and renders Liquid report templates with Fluid.</summary>
/// <remarks>
/// HTML output is rendered with an HTML encoder, so every value from the document is escaped unless the template asks
/// for <c>raw</c>; the model's <c>*_html</c> values and pictures are the ones made safe for that.
/// </remarks>
internal static class LiquidReport
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IFluidTemplate Parse(string source, string templateName)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new ReportTemplateException($"{templateName}: the template is not valid Liquid: {error}");
        }

        return template;
    }

    public static string Render(IFluidTemplate template, string templateName, Dictionary<string, object?> report, ReportFormat format)
    {
        var context = new TemplateContext(Options);
        context.SetValue("report", report);
        try
        {
            return format == ReportFormat.Html
                ? template.Render(context, Html)
                : template.Render(context, NullEncoder.Default);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ParseException or ArgumentException)
        {
            throw new ReportTemplateException($"{templateName}: the template failed to render: {exception.Message}", exception);
        }
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture, MaxSteps = 1_000_000 };

        // A Markdown table cell cannot hold a pipe or a line break.
        options.Filters.AddFilter("table_cell", (input, _, _) => new StringValue(
            input.ToStringValue().Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ").Trim()));
        return options;
    }
}
