namespace ClaimTracker.Model;

/// <summary>
/// A news article: its text and what is known about it. The text is kept exactly as ingested, so every
/// evidence span points at its characters.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by value over every member.</remarks>
public sealed record Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">A stable identifier, unique within a corpus (for example the file name without extension).</param>
    /// <param name="text">The full text, as ingested.</param>
    /// <param name="language">BCP 47 code of the language, lower case (<c>ar</c>, <c>en</c>).</param>
    /// <param name="published">The publication date at the precision known (day, month or year), or null when unknown.</param>
    /// <param name="outlet">The publishing outlet, if known.</param>
    /// <param name="title">The title, if known.</param>
    /// <param name="url">Where the article was published, if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="language"/> is null, empty or whitespace.</exception>
    public Article(string id, string text, string language, FuzzyTime? published = null, string? outlet = null, string? title = null, Uri? url = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Id = id;
        Text = text;
        Language = language.ToLowerInvariant();
        Published = published;
        Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet;
        Title = string.IsNullOrWhiteSpace(title) ? null : title;
        Url = url;
    }

    /// <summary>A stable identifier, unique within a corpus.</summary>
    public string Id { get; }

    /// <summary>The full text as ingested.</summary>
    public string Text { get; }

    /// <summary>BCP 47 code of the language, lower case.</summary>
    public string Language { get; }

    /// <summary>The publication date at the precision known, or null.</summary>
    public FuzzyTime? Published { get; }

    /// <summary>The publishing outlet, or null.</summary>
    public string? Outlet { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The URL, or null.</summary>
    public Uri? Url { get; }
}
