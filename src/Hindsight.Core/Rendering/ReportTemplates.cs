using System.Reflection;

namespace Hindsight.Rendering;

/// <summary>The templates that ship with Hindsight, and where to find their Liquid source to copy and adapt.</summary>
public static class ReportTemplates
{
    /// <summary>The canonical layout: in Markdown, exactly the Hindsight file format.</summary>
    public const string Canonical = "hindsight";

    /// <summary>The layout of the Google SRE book's example post-mortem.</summary>
    public const string GoogleSre = "google-sre";

    /// <summary>The sections of the BooktifuL report the project started from.</summary>
    public const string Seed = "seed";

    private const string ResourcePrefix = "Hindsight.Rendering.Templates.";

    /// <summary>The names accepted by <see cref="RenderOptions.Template"/> besides a file path.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = [Canonical, GoogleSre, Seed];

    /// <summary>Whether <paramref name="name"/> names a built-in template.</summary>
    public static bool IsBuiltIn(string name) => BuiltInNames.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The Liquid source of a built-in template, to copy and adapt; <see langword="null"/> for the canonical Markdown,
    /// which is the file format itself rather than a template.
    /// </summary>
    public static string? Source(string name, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsBuiltIn(name))
        {
            throw new ArgumentException($"'{name}' is not a built-in template; use one of {string.Join(", ", BuiltInNames)}.", nameof(name));
        }

        return format == ReportFormat.Markdown && name == Canonical ? null : Resource($"{name}.{Extension(format)}.liquid");
    }

    /// <summary>The stylesheet the built-in HTML templates embed, exposed to templates as <c>report.style</c>.</summary>
    public static string Stylesheet { get; } = Resource("report.css");

    internal static string Extension(ReportFormat format) => format == ReportFormat.Markdown ? "md" : "html";

    private static string Resource(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The built-in template resource '{fileName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
