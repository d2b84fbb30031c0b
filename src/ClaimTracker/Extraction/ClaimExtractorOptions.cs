using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Quantities;

namespace ClaimTracker.Extraction;

/// <summary>Options of a <see cref="ClaimExtractor"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimExtractorOptions
{
    /// <summary>The default of <see cref="MaxClaimsPerArticle"/>.</summary>
    public const int DefaultMaxClaimsPerArticle = 1_000;

    /// <summary>The default of <see cref="MaxSentenceLength"/>, in UTF-16 code units.</summary>
    public const int DefaultMaxSentenceLength = 5_000;

    /// <summary>The default of <see cref="ArticleTimeBudget"/>.</summary>
    public static readonly TimeSpan DefaultArticleTimeBudget = TimeSpan.FromSeconds(60);

    private readonly int _maxClaimsPerArticle = DefaultMaxClaimsPerArticle;
    private readonly int _maxSentenceLength = DefaultMaxSentenceLength;
    private readonly TimeSpan _articleTimeBudget = DefaultArticleTimeBudget;

    /// <summary>
    /// Most claims read from one article. Extraction stops at the sentence that reaches it, keeps the first claims in text
    /// order and reports <see cref="LimitDiagnostics.ClaimsPerArticle"/> with the offset where it stopped.
    /// </summary>
    /// <value>Default <see cref="DefaultMaxClaimsPerArticle"/> (1,000; a long news article has a few dozen). At least 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxClaimsPerArticle
    {
        get => _maxClaimsPerArticle;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxClaimsPerArticle));
            _maxClaimsPerArticle = value;
        }
    }

    /// <summary>
    /// Longest sentence read, in UTF-16 code units. Reading a sentence costs more than linear time in its length, so a
    /// longer one (a file without sentence punctuation) is not read and <see cref="LimitDiagnostics.SentenceLength"/> says where it is.
    /// </summary>
    /// <value>Default <see cref="DefaultMaxSentenceLength"/> (5,000; a long news sentence has a few hundred). At least 100.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 100.</exception>
    public int MaxSentenceLength
    {
        get => _maxSentenceLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 100, nameof(MaxSentenceLength));
            _maxSentenceLength = value;
        }
    }

    /// <summary>
    /// Wall-clock time one article may take. It is checked between sentences and between claims; when it runs out the
    /// claims read so far are kept and <see cref="LimitDiagnostics.ArticleTimeBudget"/> says how far extraction got.
    /// </summary>
    /// <value>Default <see cref="DefaultArticleTimeBudget"/> (60 s; a 100 KB article takes well under a second).
    /// Positive, or <see cref="Timeout.InfiniteTimeSpan"/> for no budget. Note that a budget makes the result depend on
    /// the machine's speed when it runs out; the diagnostic says so.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero, a negative value other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>, or more than <see cref="int.MaxValue"/> milliseconds.</exception>
    public TimeSpan ArticleTimeBudget
    {
        get => _articleTimeBudget;
        init
        {
            if (value != Timeout.InfiniteTimeSpan && (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue))
            {
                throw new ArgumentOutOfRangeException(nameof(ArticleTimeBudget), value,
                    "The article time budget must be positive (at most int.MaxValue milliseconds) or Timeout.InfiniteTimeSpan.");
            }

            _articleTimeBudget = value;
        }
    }

    /// <summary>Alias matcher options by language code (the packs supply them, e.g. clitic variants); a language without
    /// an entry uses the pack's normalizer and tokenizer only.</summary>
    public ImmutableDictionary<string, AliasMatcherOptions> MatcherOptions { get; init; } =
        ImmutableDictionary<string, AliasMatcherOptions>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recognizers run on each claim's evidence text (numbers, quantities, dates).</summary>
    /// <value>The quantity and date recognizers; set an empty array to extract claims without values.</value>
    public ImmutableArray<IRecognizer> Recognizers { get; init; } = [new QuantityRecognizer(), new DateRecognizer()];

    /// <summary>Turns a recognized item into a claim quantity, or null to skip it.</summary>
    /// <value>By default the quantity of a <see cref="RecognizedQuantity"/>.</value>
    public Func<Recognized, Quantity?>? QuantityOf { get; init; } = r => (r as RecognizedQuantity)?.Quantity;

    /// <summary>Turns a recognized item into a claim time, or null to skip it; the first becomes the claim's event time.</summary>
    /// <value>By default the time of a <see cref="RecognizedTime"/>.</value>
    public Func<Recognized, FuzzyTime?>? TimeOf { get; init; } = r => (r as RecognizedTime)?.Time;
}
