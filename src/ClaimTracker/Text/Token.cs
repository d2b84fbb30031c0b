namespace ClaimTracker.Text;

/// <summary>The broad class of a token.</summary>
public enum TokenKind
{
    /// <summary>A word made of letters (and word-internal marks).</summary>
    Word,

    /// <summary>A run of digits, possibly with decimal or group separators inside.</summary>
    Number,

    /// <summary>A punctuation mark or symbol.</summary>
    Punctuation,

    /// <summary>Anything else (emoji, stray symbols).</summary>
    Other,
}

/// <summary>
/// One token of a text: its span in the text that was tokenized, its surface form and its kind.
/// </summary>
/// <remarks>Immutable and thread-safe. The default value is an empty word at offset 0.</remarks>
/// <param name="Span">Where the token lies in the text that was tokenized.</param>
/// <param name="Text">The token's characters, exactly as they appear in that text.</param>
/// <param name="Kind">The token's class.</param>
public readonly record struct Token(TextSpan Span, string Text, TokenKind Kind);
