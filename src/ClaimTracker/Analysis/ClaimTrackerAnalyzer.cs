using System.Collections.Immutable;
using System.Globalization;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Graph;
using ClaimTracker.Indexing;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Analysis;

/// <summary>
/// Runs the whole job on a set of articles: extract the claims of each article, compare them across articles through a
/// fresh <see cref="ClaimIndex"/>, and group them into a <see cref="Graph.ClaimGraph"/>; the <see cref="AnalysisResult"/>
/// is what the report writers read.
/// </summary>
/// <remarks>
/// <para><b>Deterministic.</b> Articles are processed in id order (ordinal), whatever order they are given in, and the
/// result does not depend on <see cref="AnalysisOptions.MaxDegreeOfParallelism"/> or
/// <see cref="ComparisonOptions.MaxDegreeOfParallelism"/>: the same articles always give the same result, and so the same
/// report bytes.</para>
/// <para>Each call uses its own index, so one analyzer serves many analyses; it is immutable and thread-safe when its
/// extractor is (as <see cref="IClaimExtractor"/> requires).</para>
/// </remarks>
public sealed partial class ClaimTrackerAnalyzer
{
    private readonly ILogger _logger;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="extractor">Turns an article into claims.</param>
    /// <param name="comparer">Compares claims; its <see cref="ComparisonOptions.OriginResolver"/> also decides the clusters'
    /// origins. A default <see cref="ClaimComparer"/> when null.</param>
    /// <param name="loader">Reads article folders for <see cref="AnalyzeDirectory"/>; a default <see cref="ArticleLoader"/> when null.</param>
    /// <param name="options">Parallelism; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <param name="logger">Receives a debug line per article and an information line per analysis (counts), and a
    /// warning per error diagnostic; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ClaimTrackerAnalyzer(
        IClaimExtractor extractor, ClaimComparer? comparer = null, ArticleLoader? loader = null, AnalysisOptions? options = null,
        ILogger<ClaimTrackerAnalyzer>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        ArgumentNullException.ThrowIfNull(extractor);
        Extractor = extractor;
        Comparer = comparer ?? new ClaimComparer();
        Loader = loader ?? new ArticleLoader();
        Options = options ?? AnalysisOptions.Default;
    }

    /// <summary>The claim extractor.</summary>
    public IClaimExtractor Extractor { get; }

    /// <summary>The claim comparer.</summary>
    public ClaimComparer Comparer { get; }

    /// <summary>The article loader used by <see cref="AnalyzeDirectory"/>.</summary>
    public ArticleLoader Loader { get; }

    /// <summary>The options.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Loads every article of <paramref name="directory"/> with <see cref="Loader"/> and analyses them.</summary>
    /// <param name="directory">A folder of articles (with an optional manifest).</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Cancels the analysis between articles.</param>
    /// <returns>The result; its diagnostics start with the loader's (which concern no single article). When no article
    /// could be read the result has no articles and the diagnostics say why.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null, empty or white space.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>An article whose language (from its manifest entry or front matter) no language pack reads is not
    /// analysed and gets error <see cref="IngestionDiagnostics.UnknownLanguage"/>; the other articles are.</remarks>
    public AnalysisResult AnalyzeDirectory(string directory, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        progress?.Report(new AnalysisProgress(AnalysisStage.Loading, 0, 1));
        var ingestion = Loader.LoadDirectory(directory);
        progress?.Report(new AnalysisProgress(AnalysisStage.Loading, 1, 1));
        return Run(ingestion.Articles, ingestion.Diagnostics.Select(d => new AnalysisDiagnostic(null, d)), progress, cancellationToken, skipUnknownLanguages: true);
    }

    /// <summary>Analyses <paramref name="articles"/>.</summary>
    /// <param name="articles">The articles; ids must be distinct. The order does not matter.</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Cancels the analysis between articles.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException">An article is null, or an article id repeats.</exception>
    /// <exception cref="KeyNotFoundException">The extractor has no language pack for an article's language.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnalysisResult Analyze(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Run(articles, [], progress, cancellationToken);
    }

    /// <summary>
    /// Analyses articles as they arrive from <paramref name="articles"/>: each is extracted as soon as it is read (up to
    /// <see cref="AnalysisOptions.MaxDegreeOfParallelism"/> at a time), and the claims are compared and clustered once the
    /// sequence ends. The result is the same as <see cref="Analyze"/> gives for the same articles, in any order.
    /// </summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="progress">Receives progress reports, or null (the article total is unknown until the sequence ends,
    /// so extraction reports count articles done with the total so far).</param>
    /// <param name="cancellationToken">Cancels reading, extraction and comparison.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException">An article is null, or an article id repeats.</exception>
    /// <exception cref="KeyNotFoundException">The extractor has no language pack for an article's language.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AnalysisResult> AnalyzeAsync(
        IAsyncEnumerable<Article> articles, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var running = new List<Task<(Article Article, ExtractionResult Extraction)>>();
        using var slots = new SemaphoreSlim(Options.MaxDegreeOfParallelism);
        var done = 0;
        try
        {
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                Check(article, seen, nameof(articles));
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var total = running.Count + 1;
                running.Add(Task.Run(
                    () =>
                    {
                        try
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            var extraction = ExtractLogged(article, skipUnknownLanguages: false, cancellationToken);
                            progress?.Report(new AnalysisProgress(AnalysisStage.Extracting, Interlocked.Increment(ref done), total) { Item = article.Id });
                            return (article, extraction);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    cancellationToken));
            }

            var extracted = await Task.WhenAll(running).ConfigureAwait(false);
            var sorted = extracted.OrderBy(e => e.Article.Id, StringComparer.Ordinal).ToArray();
            return Finish(sorted.Select(e => e.Article).ToArray(), sorted.Select(e => e.Extraction).ToArray(), [], progress, cancellationToken);
        }
        catch
        {
            // Let extractions already started finish before the semaphore is disposed.
            await Task.WhenAll(running.Select(t => t.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default))).ConfigureAwait(false);
            throw;
        }
    }

    private static void Check(Article? article, HashSet<string> seen, string parameter)
    {
        if (article is null)
        {
            throw new ArgumentException("The articles contain null.", parameter);
        }

        if (!seen.Add(article.Id))
        {
            throw new ArgumentException($"The article id '{article.Id}' repeats.", parameter);
        }
    }

    private ExtractionResult ExtractLogged(Article article, bool skipUnknownLanguages, CancellationToken cancellationToken)
    {
        ExtractionResult extraction;
        try
        {
            extraction = Extractor.Extract(article, cancellationToken);
        }
        catch (KeyNotFoundException ex) when (skipUnknownLanguages)
        {
            // A file's metadata can name any language: one such file must not stop the folder's analysis.
            extraction = new ExtractionResult(article.Id, [], [new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.UnknownLanguage,
                $"Article '{article.Id}' has language '{article.Language}', which no registered language pack reads ({ex.Message}); it is not analysed.")]);
        }

        LogExtracted(_logger, article.Id, extraction.Claims.Length);
        return extraction;
    }

    private AnalysisResult Run(
        IEnumerable<Article> articles,
        IEnumerable<AnalysisDiagnostic> inputDiagnostics,
        IProgress<AnalysisProgress>? progress,
        CancellationToken cancellationToken,
        bool skipUnknownLanguages = false)
    {
        var list = articles.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in list)
        {
            Check(article, seen, nameof(articles));
        }

        var sorted = list.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var extractions = new ExtractionResult[sorted.Length];
        var done = 0;
        progress?.Report(new AnalysisProgress(AnalysisStage.Extracting, 0, sorted.Length));
        void ExtractOne(int i)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extractions[i] = ExtractLogged(sorted[i], skipUnknownLanguages, cancellationToken);
            progress?.Report(new AnalysisProgress(AnalysisStage.Extracting, Interlocked.Increment(ref done), sorted.Length) { Item = sorted[i].Id });
        }

        if (Options.MaxDegreeOfParallelism == 1 || sorted.Length < 2)
        {
            for (var i = 0; i < sorted.Length; i++)
            {
                ExtractOne(i);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            try
            {
                Parallel.For(0, sorted.Length, parallel, ExtractOne);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // Surface the first failure as the sequential path would.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                throw;
            }
        }

        return Finish(sorted, extractions, inputDiagnostics, progress, cancellationToken);
    }

    /// <summary>Compares the extracted claims through a fresh index and builds the result (articles sorted by id).</summary>
    private AnalysisResult Finish(
        Article[] sorted, ExtractionResult[] extractions, IEnumerable<AnalysisDiagnostic> inputDiagnostics,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new AnalysisProgress(AnalysisStage.Comparing, 0, 1));
        var index = new ClaimIndex(Comparer);
        foreach (var extraction in extractions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            index.Add(extraction.Claims);
        }

        progress?.Report(new AnalysisProgress(AnalysisStage.Comparing, 1, 1));
        progress?.Report(new AnalysisProgress(AnalysisStage.Clustering, 0, 1));
        var claims = extractions.SelectMany(e => e.Claims).ToList();
        var (relations, limited) = LimitRelations(claims, index.Relations);
        var diagnostics = inputDiagnostics
            .Concat(extractions.SelectMany((e, i) => e.Diagnostics.Select(d => new AnalysisDiagnostic(sorted[i].Id, d))))
            .Concat(limited);
        var result = new AnalysisResult(sorted, claims, relations, diagnostics, Comparer.Options.OriginResolver);
        progress?.Report(new AnalysisProgress(AnalysisStage.Clustering, 1, 1));
        foreach (var d in result.Diagnostics.Where(d => d.Diagnostic.Severity == DiagnosticSeverity.Error))
        {
            LogErrorDiagnostic(_logger, d.ArticleId ?? "(input)", d.Diagnostic.Code, d.Diagnostic.Message);
        }

        LogAnalyzed(_logger, result.Articles.Length, result.Claims.Length, result.Relations.Length, result.Graph.Clusters.Length);
        return result;
    }

    /// <summary>
    /// Applies <see cref="AnalysisOptions.MaxRelationsPerCluster"/>: in a cluster with more relations, keeps the
    /// highest-scoring ones (ties by id) and reports the rest.
    /// </summary>
    private (IReadOnlyList<ClaimRelation> Relations, List<AnalysisDiagnostic> Diagnostics) LimitRelations(List<Claim> claims, ImmutableArray<ClaimRelation> relations)
    {
        var max = Options.MaxRelationsPerCluster;
        var diagnostics = new List<AnalysisDiagnostic>();
        if (relations.Count(r => r.Kind != RelationKind.Unrelated) <= max)
        {
            return (relations, diagnostics);
        }

        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in ClaimGraph.Build(claims, relations, Comparer.Options.OriginResolver).Clusters)
        {
            if (cluster.Relations.Length <= max)
            {
                continue;
            }

            var left = cluster.Relations
                .OrderByDescending(r => r.Score)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Skip(max)
                .ToList();
            dropped.UnionWith(left.Select(r => r.Id));
            diagnostics.Add(new AnalysisDiagnostic(null, new Diagnostic(DiagnosticSeverity.Warning, LimitDiagnostics.RelationsPerCluster,
                string.Create(CultureInfo.InvariantCulture,
                    $"The cluster of claim '{cluster.Claims[0].Id}' ({cluster.Claims.Length} claims, signature '{cluster.Signature}') has {cluster.Relations.Length} relations, more than {max} (AnalysisOptions.MaxRelationsPerCluster); the {max} highest-scoring are kept and {left.Count} are left out."))));
        }

        return ([.. relations.Where(r => !dropped.Contains(r.Id))], diagnostics);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Extracted {ClaimCount} claims from article {ArticleId}")]
    private static partial void LogExtracted(ILogger logger, string articleId, int claimCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Analysed {ArticleCount} articles: {ClaimCount} claims, {RelationCount} relations, {ClusterCount} clusters")]
    private static partial void LogAnalyzed(ILogger logger, int articleCount, int claimCount, int relationCount, int clusterCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{ArticleId}: {Code}: {Message}")]
    private static partial void LogErrorDiagnostic(ILogger logger, string articleId, string code, string message);
}
