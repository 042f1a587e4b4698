namespace Hindsight.Pdf;

/// <summary>Chromium is missing or could not print the report; the message says what to do.</summary>
public sealed class PdfPrintingException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public PdfPrintingException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public PdfPrintingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the error that caused it.</summary>
    public PdfPrintingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
