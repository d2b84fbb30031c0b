using ClaimTracker.Model;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Metadata about an article given from outside its text (a manifest entry, front matter, HTML meta tags or a
/// caller). Every member is optional; null means "not given here".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The article's identifier.</param>
/// <param name="Language">BCP 47 language code.</param>
/// <param name="Published">Publication date at the precision known.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="Title">Title.</param>
/// <param name="Url">Where it was published.</param>
public sealed record ArticleMetadata(
    string? Id = null,
    string? Language = null,
    FuzzyTime? Published = null,
    string? Outlet = null,
    string? Title = null,
    Uri? Url = null)
{
    /// <summary>Metadata with nothing given.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>
    /// Combines two sources: each member comes from this instance when given here, otherwise from
    /// <paramref name="fallback"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fallback"/> is null.</exception>
    public ArticleMetadata Or(ArticleMetadata fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new ArticleMetadata(
            Blank(Id) ?? fallback.Id,
            Blank(Language) ?? fallback.Language,
            Published ?? fallback.Published,
            Blank(Outlet) ?? fallback.Outlet,
            Blank(Title) ?? fallback.Title,
            Url ?? fallback.Url);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
