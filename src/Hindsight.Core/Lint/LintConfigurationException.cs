namespace Hindsight.Lint;

/// <summary>A lint configuration file cannot be used; the message names the file, line and key.</summary>
public sealed class LintConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LintConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LintConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LintConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
