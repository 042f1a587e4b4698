namespace Hindsight.Rendering;

/// <summary>A report template could not be found, parsed or rendered; the message names the template and the place.</summary>
public sealed class ReportTemplateException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ReportTemplateException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ReportTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the error that caused it.</summary>
    public ReportTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
