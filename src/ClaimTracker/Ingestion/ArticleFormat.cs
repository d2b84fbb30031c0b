namespace ClaimTracker.Ingestion;

/// <summary>The file formats <see cref="ArticleLoader"/> reads.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text (<c>.txt</c>): the text is the article, as written.</summary>
    PlainText,

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>) with optional YAML front matter; the text after the front matter is kept as written.</summary>
    Markdown,

    /// <summary>HTML (<c>.html</c>, <c>.htm</c>): metadata from the head, text from the visible body.</summary>
    Html,
}
