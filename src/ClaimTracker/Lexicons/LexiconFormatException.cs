namespace ClaimTracker.Lexicons;

/// <summary>A lexicon file could not be found or read.</summary>
public sealed class LexiconFormatException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public LexiconFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
