using ClaimTracker.Text;

namespace ClaimTracker.Model;

/// <summary>Where a claim was read: the article, the character span in its text and the text of that span.</summary>
/// <remarks>Immutable and thread-safe; equality is by value. The span points into the article's original text.</remarks>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <param name="span">The span in the article's original text.</param>
    /// <param name="text">The text the span covers; its length must equal the span's length.</param>
    /// <exception cref="ArgumentException"><paramref name="articleId"/> is null, empty or white space; <paramref name="text"/>'s length differs from <paramref name="span"/>'s.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Evidence(string articleId, TextSpan span, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length != span.Length)
        {
            throw new ArgumentException($"The text has {text.Length} characters but the span {span} covers {span.Length}.", nameof(text));
        }

        ArticleId = articleId;
        Span = span;
        Text = text;
    }

    /// <summary>The article's id.</summary>
    public string ArticleId { get; }

    /// <summary>The span in the article's original text.</summary>
    public TextSpan Span { get; }

    /// <summary>The text the span covers.</summary>
    public string Text { get; }

    /// <summary>Evidence for <paramref name="span"/> of <paramref name="article"/>, its text sliced from the article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="span">The span in the article's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> reaches past the end of the text.</exception>
    public static Evidence From(Article article, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new Evidence(article.Id, span, span.Slice(article.Text));
    }
}
