namespace ClaimTracker.Analysis;

/// <summary>A <see cref="ClaimTracker.Diagnostic"/> raised while analysing, with the article it concerns.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record AnalysisDiagnostic
{
    /// <summary>Creates an analysis diagnostic.</summary>
    /// <param name="articleId">The article the diagnostic concerns (its span points into that article's text), or null
    /// when it concerns no single article (an unreadable file, a manifest problem).</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="articleId"/> is empty or white space (use null).</exception>
    public AnalysisDiagnostic(string? articleId, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (articleId is not null && string.IsNullOrWhiteSpace(articleId))
        {
            throw new ArgumentException("An article id must not be empty or white space; use null for none.", nameof(articleId));
        }

        ArticleId = articleId;
        Diagnostic = diagnostic;
    }

    /// <summary>The article the diagnostic concerns, or null.</summary>
    public string? ArticleId { get; }

    /// <summary>The diagnostic.</summary>
    public Diagnostic Diagnostic { get; }
}
