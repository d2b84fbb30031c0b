namespace ClaimTracker.Languages.Arabic;

/// <summary>Limits used by <see cref="ArabicSentenceSegmenter"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ArabicSegmenterOptions
{
    private readonly int _maxQuoteLength = 600;
    private readonly int _headingMaxWords = 16;

    /// <summary>The default options.</summary>
    public static ArabicSegmenterOptions Default { get; } = new();

    /// <summary>
    /// The longest quotation, in code units from opening to closing mark, kept in one segment even when it holds
    /// several sentences. Longer quotations, and quotations whose closing mark is not in the same paragraph, are split.
    /// </summary>
    /// <value>Default 600; 0 or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxQuoteLength
    {
        get => _maxQuoteLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxQuoteLength));
            _maxQuoteLength = value;
        }
    }

    /// <summary>The most words a paragraph without sentence-final punctuation may have to count as a heading.</summary>
    /// <value>Default 16; 0 or more (0 turns heading detection off).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int HeadingMaxWords
    {
        get => _headingMaxWords;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(HeadingMaxWords));
            _headingMaxWords = value;
        }
    }
}
