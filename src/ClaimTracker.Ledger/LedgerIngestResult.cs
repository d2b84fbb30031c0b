using System.Collections.Immutable;

namespace ClaimTracker.Ledger;

/// <summary>What ingesting did to one article.</summary>
/// <remarks>Members are only appended.</remarks>
public enum ArticleIngestOutcome
{
    /// <summary>The article was new and is now stored.</summary>
    Added,

    /// <summary>The article's content changed; its claims and relations were replaced.</summary>
    Updated,

    /// <summary>The same content was stored already; nothing changed.</summary>
    Unchanged,
}

/// <summary>One article's ingest.</summary>
/// <param name="ArticleId">The article id.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Claims">How many claims the article has now.</param>
/// <param name="Comparisons">How many claim pairs were compared for it (0 when unchanged): only claims sharing one of its
/// blocking keys, never the whole ledger.</param>
/// <param name="BlockQueries">How many blocking-key look-ups were made for it (one indexed query per key).</param>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record ArticleIngest(string ArticleId, ArticleIngestOutcome Outcome, int Claims, long Comparisons, int BlockQueries);

/// <summary>The outcome of <see cref="IClaimLedger.IngestAsync"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record LedgerIngestResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="articles">Each article's ingest, in the order processed (by id, ordinal).</param>
    public LedgerIngestResult(ImmutableArray<ArticleIngest> articles)
    {
        Articles = articles.IsDefault ? [] : articles;
    }

    /// <summary>Each article's ingest, by id (ordinal).</summary>
    public ImmutableArray<ArticleIngest> Articles { get; }

    /// <summary>How many articles were new.</summary>
    public int Added => Articles.Count(a => a.Outcome == ArticleIngestOutcome.Added);

    /// <summary>How many articles changed.</summary>
    public int Updated => Articles.Count(a => a.Outcome == ArticleIngestOutcome.Updated);

    /// <summary>How many articles were stored already with the same content.</summary>
    public int Unchanged => Articles.Count(a => a.Outcome == ArticleIngestOutcome.Unchanged);

    /// <summary>How many claim pairs were compared in all.</summary>
    public long Comparisons => Articles.Sum(a => a.Comparisons);
}
