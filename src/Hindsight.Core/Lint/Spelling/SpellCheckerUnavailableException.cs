namespace Hindsight.Lint.Spelling;

/// <summary>The spell checker program or its dictionary is not installed; the message says what to install.</summary>
public sealed class SpellCheckerUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SpellCheckerUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SpellCheckerUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SpellCheckerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
