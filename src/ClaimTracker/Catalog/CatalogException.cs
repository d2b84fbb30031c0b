namespace ClaimTracker.Catalog;

/// <summary>
/// A catalog file is malformed, or catalog contributions disagree (an entity with two kinds, a link to an
/// unknown id, a <see cref="EntityLinkType.SpeaksFor"/> cycle). The message names the sources involved.
/// </summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public CatalogException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
