using System.Collections.Immutable;
using ClaimTracker.Analysis;
using ClaimTracker.Graph;
using ClaimTracker.Model;

namespace ClaimTracker.Ledger;

/// <summary>
/// A persistent claim ledger: the articles analysed so far, their claims, the relations between claims of different
/// articles, the clusters those relations form, and catalog overrides. Articles are added incrementally: a new or changed
/// article is compared only with the stored claims that share one of its blocking keys
/// (<see cref="Indexing.BlockingKeys"/>), and what the ledger holds is always what a fresh
/// <see cref="ClaimTrackerAnalyzer"/> run over the same articles would give.
/// </summary>
/// <remarks>
/// <para><b>Identity.</b> An article is identified by its id and its content hash (<see cref="LedgerArticle.Hash"/>, over
/// the text and every metadata field). Ingesting an article whose hash is stored changes nothing; a changed article's
/// claims and relations are replaced in one transaction. Claim and relation ids come from the extractor and
/// <see cref="Comparison.ClaimComparer.RelationId(string, string)"/>, so they are the same across runs and stores.</para>
/// <para>Implementations: <see cref="SqliteClaimLedger"/> (embedded) and <c>PostgreSqlClaimLedger</c> in
/// ClaimTracker.Ledger.PostgreSql. Both are thread-safe.</para>
/// </remarks>
public interface IClaimLedger : IAsyncDisposable
{
    /// <summary>The extractor and comparer the ledger uses.</summary>
    ClaimLedgerOptions Options { get; }

    /// <summary>
    /// Adds new articles and replaces changed ones, one transaction per article; unchanged articles are skipped.
    /// </summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="loadDiagnostics">Diagnostics of loading the articles that concern no single article (an ignored file,
    /// a manifest problem); when not null they replace the ledger's stored load diagnostics. Null keeps the stored ones.</param>
    /// <param name="cancellationToken">Cancels between articles; committed articles stay.</param>
    /// <returns>What happened to each article and how many comparisons were made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException">An article or diagnostic is null, or an article id repeats; nothing is written then.</exception>
    /// <exception cref="KeyNotFoundException">The extractor has no language pack for an article's language.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<LedgerIngestResult> IngestAsync(IEnumerable<Article> articles, IEnumerable<Diagnostic>? loadDiagnostics = null, CancellationToken cancellationToken = default);

    /// <summary>The stored articles' ids and content hashes, by id (ordinal).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ImmutableArray<LedgerArticle>> GetArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored article with <paramref name="id"/>, or null.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The stored claims of the article with <paramref name="articleId"/>, in evidence order; empty when unknown.</summary>
    /// <param name="articleId">The article id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ArgumentException"><paramref name="articleId"/> is null, empty or white space.</exception>
    Task<ImmutableArray<Claim>> GetClaimsAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The relations between claims of different articles (no unrelated ones), by id: exactly the relations a
    /// <see cref="Indexing.ClaimIndex"/> holding every stored claim would list, block cap included.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ImmutableArray<ClaimRelation>> GetRelationsAsync(CancellationToken cancellationToken = default);

    /// <summary>The clusters of all stored claims, rebuilt from the stored relations.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ClaimGraph> GetClustersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored articles as an <see cref="AnalysisResult"/> for the report writers: for all articles it equals what
    /// <see cref="ClaimTrackerAnalyzer"/> gives on the same articles, so the reports are byte-identical.
    /// </summary>
    /// <param name="selection">Which articles to include; all when null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<AnalysisResult> LoadAnalysisAsync(LedgerSelection? selection = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claim look-up: extracts <paramref name="statement"/> as a claim with the ledger's extractor and compares it with the
    /// stored claims sharing one of its blocking keys; returns those that corroborate, contradict, refine or otherwise
    /// relate to it, best first (highest score, then contradictions before agreement, then claim id).
    /// </summary>
    /// <param name="statement">The statement, as a sentence ("X said that ...").</param>
    /// <param name="language">Its language code (<c>ar</c>, <c>en</c>).</param>
    /// <param name="maxResults">The most matches returned; at least 1.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The matches; empty when the statement yields no claim or nothing relates to it.</returns>
    /// <exception cref="ArgumentException"><paramref name="statement"/> or <paramref name="language"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is below 1.</exception>
    /// <exception cref="KeyNotFoundException">The extractor has no language pack for <paramref name="language"/>.</exception>
    Task<ImmutableArray<LedgerMatch>> FindAsync(string statement, string language, int maxResults = 20, CancellationToken cancellationToken = default);

    /// <summary>Stores (or replaces) a catalog override, a <c>claimtracker-catalog/1</c> JSON document, under <paramref name="name"/>.</summary>
    /// <param name="name">The override's name (for example its file name).</param>
    /// <param name="catalogJson">The catalog JSON text.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="catalogJson"/> is null, empty or white space.</exception>
    Task SetCatalogOverrideAsync(string name, string catalogJson, CancellationToken cancellationToken = default);

    /// <summary>The stored catalog overrides, by name (ordinal).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ImmutableSortedDictionary<string, string>> GetCatalogOverridesAsync(CancellationToken cancellationToken = default);
}
