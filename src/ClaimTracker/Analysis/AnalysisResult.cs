using System.Collections.Immutable;
using ClaimTracker.Comparison;
using ClaimTracker.Graph;
using ClaimTracker.Model;

namespace ClaimTracker.Analysis;

/// <summary>
/// The outcome of analysing a set of articles: the articles, their claims, the relations between claims of different
/// articles, the <see cref="ClaimGraph"/> of clusters, and the diagnostics raised on the way. What every report writer
/// (<see cref="Reporting.IReportWriter"/>) reads.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Articles are sorted by id (ordinal); claims by article (in that order), then by the start of their
/// evidence span, then by id; relations by id; diagnostics keep the order given. The content therefore does not depend on
/// the order the inputs arrive in.</para>
/// <para>A caller that built claims and relations another way (by hand, or from a stored ledger) can create a result
/// directly and use the report writers on it.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AnalysisResult
{
    private readonly Func<string, string>? _originResolver;
    private readonly Dictionary<string, Article> _articlesById;

    /// <summary>Creates a result and builds its <see cref="ClaimGraph"/>.</summary>
    /// <param name="articles">The articles; ids must be distinct.</param>
    /// <param name="claims">The claims; ids must be distinct and each must come from one of <paramref name="articles"/>.</param>
    /// <param name="relations">Relations between the claims (unrelated ones are dropped).</param>
    /// <param name="diagnostics">Diagnostics raised while analysing, or null for none.</param>
    /// <param name="originResolver">Maps an entity id to the body it speaks for (see <see cref="OriginResolver"/>), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/>, <paramref name="claims"/> or <paramref name="relations"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null; an article or claim id repeats; a claim's article is not
    /// among <paramref name="articles"/>; a relation names a claim that is not given.</exception>
    public AnalysisResult(
        IEnumerable<Article> articles,
        IEnumerable<Claim> claims,
        IEnumerable<ClaimRelation> relations,
        IEnumerable<AnalysisDiagnostic>? diagnostics = null,
        Func<string, string>? originResolver = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(relations);

        var articleList = articles.ToList();
        if (articleList.Any(a => a is null))
        {
            throw new ArgumentException("The articles contain null.", nameof(articles));
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var sortedArticles = articleList.OrderBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
        foreach (var article in sortedArticles)
        {
            if (!position.TryAdd(article.Id, position.Count))
            {
                throw new ArgumentException($"The article id '{article.Id}' repeats.", nameof(articles));
            }
        }

        var claimList = claims.ToList();
        foreach (var claim in claimList)
        {
            if (claim is null)
            {
                throw new ArgumentException("The claims contain null.", nameof(claims));
            }

            if (!position.ContainsKey(claim.Evidence.ArticleId))
            {
                throw new ArgumentException($"The claim '{claim.Id}' comes from article '{claim.Evidence.ArticleId}', which is not given.", nameof(claims));
            }
        }

        var relationList = relations.ToList();
        Graph = ClaimGraph.Build(claimList, relationList, originResolver);

        Articles = sortedArticles;
        Claims = [.. claimList
            .OrderBy(c => position[c.Evidence.ArticleId])
            .ThenBy(c => c.Evidence.Span.Start)
            .ThenBy(c => c.Id, StringComparer.Ordinal)];
        Relations = [.. relationList.Where(r => r.Kind != RelationKind.Unrelated).OrderBy(r => r.Id, StringComparer.Ordinal)];
        var diagnosticList = diagnostics?.ToImmutableArray() ?? [];
        if (diagnosticList.Any(d => d is null))
        {
            throw new ArgumentException("The diagnostics contain null.", nameof(diagnostics));
        }

        Diagnostics = diagnosticList;
        _originResolver = originResolver;
        _articlesById = sortedArticles.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>The articles, by id (ordinal).</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>The claims, by article, then evidence start, then id.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The relations between claims (no <see cref="RelationKind.Unrelated"/> ones), by id.</summary>
    public ImmutableArray<ClaimRelation> Relations { get; }

    /// <summary>The claims grouped into clusters.</summary>
    public ClaimGraph Graph { get; }

    /// <summary>Diagnostics raised while loading and extracting, in the order they arose (loading first, then by article).</summary>
    public ImmutableArray<AnalysisDiagnostic> Diagnostics { get; }

    /// <summary>The origin key of <paramref name="claim"/>, resolved as for the clusters' <see cref="ClaimCluster.Origins"/>.</summary>
    /// <param name="claim">A claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public string OriginOf(Claim claim) => OriginResolver.OriginOf(claim, _originResolver);

    /// <summary>The article with <paramref name="id"/>, or null.</summary>
    /// <param name="id">The article id.</param>
    public Article? ArticleOf(string id) => id is not null && _articlesById.TryGetValue(id, out var article) ? article : null;
}
