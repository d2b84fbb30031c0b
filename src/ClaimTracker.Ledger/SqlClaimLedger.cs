using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using ClaimTracker.Analysis;
using ClaimTracker.Comparison;
using ClaimTracker.Graph;
using ClaimTracker.Indexing;
using ClaimTracker.Ledger.Sql;
using ClaimTracker.Model;
using ClaimTracker.Serialization;

namespace ClaimTracker.Ledger;

/// <summary>
/// The SQL implementation of <see cref="IClaimLedger"/> that <see cref="SqliteClaimLedger"/> and the PostgreSQL store share:
/// the schema, the incremental ingest and the look-up. Not meant to be derived outside ClaimTracker.
/// </summary>
/// <remarks>
/// <para><b>Incremental ingest.</b> Each new or changed article is extracted, then written in one transaction: its old
/// claims, keys and relations are deleted, the new ones inserted, and each new claim is compared with the stored claims of
/// other articles that share one of its blocking keys, fetched with one indexed query per key. A key held by more than
/// <see cref="Comparison.ComparisonOptions.MaxBlockSize"/> claims is capped exactly as in <see cref="ClaimIndex"/>: it
/// yields no comparisons, and relations found only through it are not listed. When removing an article's old claims brings
/// a capped key back under the cap, that block is compared again. Clusters are rebuilt from the stored relations when read.</para>
/// <para>Thread-safe: every call opens its own connection.</para>
/// </remarks>
public abstract class SqlClaimLedger : IClaimLedger
{
    private const string MaxBlockSizeSetting = "max_block_size";
    private readonly ILedgerDialect _dialect;
    private int _disposed;

    internal SqlClaimLedger(ILedgerDialect dialect, ClaimLedgerOptions options)
    {
        _dialect = dialect;
        Options = options;
    }

    /// <inheritdoc />
    public ClaimLedgerOptions Options { get; }

    private int Cap => Options.Comparer.Options.MaxBlockSize;

    /// <summary>Creates the missing tables (applies the migrations not yet recorded) and checks the block cap.</summary>
    internal async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await _dialect.LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, LedgerSchema.VersionTable, cancellationToken).ConfigureAwait(false);
        var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var migrations = _dialect.Migrations;
        if (current > migrations.Count)
        {
            throw new InvalidOperationException(
                $"The {_dialect.Name} ledger has schema version {current}, newer than this ClaimTracker knows ({migrations.Count}); upgrade ClaimTracker.Ledger.");
        }

        for (var version = current + 1; version <= migrations.Count; version++)
        {
            await ExecuteAsync(connection, transaction, migrations[version - 1], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, description) VALUES (@v, @d)", cancellationToken,
                ("v", version), ("d", $"ClaimTracker.Ledger schema {version}")).ConfigureAwait(false);
        }

        var cap = await ScalarAsync(connection, transaction, "SELECT value FROM ledger_meta WHERE name = @n", cancellationToken, ("n", MaxBlockSizeSetting)).ConfigureAwait(false);
        var wanted = Cap.ToString(CultureInfo.InvariantCulture);
        if (cap is null or DBNull)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO ledger_meta (name, value) VALUES (@n, @v)", cancellationToken,
                ("n", MaxBlockSizeSetting), ("v", wanted)).ConfigureAwait(false);
        }
        else if (!string.Equals((string)cap, wanted, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The ledger was built with a block cap (ComparisonOptions.MaxBlockSize) of {cap}, not {wanted}; open it with the same comparison options or build a new ledger.");
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The schema version the store is at.</summary>
    internal async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(await ScalarAsync(connection, null, "SELECT MAX(version) FROM schema_version", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<LedgerIngestResult> IngestAsync(IEnumerable<Article> articles, IEnumerable<Diagnostic>? loadDiagnostics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in list)
        {
            if (article is null)
            {
                throw new ArgumentException("The articles contain null.", nameof(articles));
            }

            if (!ids.Add(article.Id))
            {
                throw new ArgumentException($"The article id '{article.Id}' repeats.", nameof(articles));
            }
        }

        var load = loadDiagnostics?.ToList();
        if (load is not null && load.Any(d => d is null))
        {
            throw new ArgumentException("The load diagnostics contain null.", nameof(loadDiagnostics));
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (load is not null)
        {
            await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "DELETE FROM load_diagnostics", cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < load.Count; i++)
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO load_diagnostics (position, diagnostic_json) VALUES (@p, @j)", cancellationToken,
                    ("p", i), ("j", LedgerJson.Diagnostic(load[i]))).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var results = ImmutableArray.CreateBuilder<ArticleIngest>(list.Count);
        foreach (var article in list.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await IngestOneAsync(connection, article, cancellationToken).ConfigureAwait(false));
        }

        return new LedgerIngestResult(results.MoveToImmutable());
    }

    private async Task<ArticleIngest> IngestOneAsync(DbConnection connection, Article article, CancellationToken cancellationToken)
    {
        var hash = LedgerJson.Hash(article);
        var stored = await ScalarAsync(connection, null, "SELECT hash FROM articles WHERE id = @id", cancellationToken, ("id", article.Id)).ConfigureAwait(false) as string;
        if (string.Equals(stored, hash, StringComparison.Ordinal))
        {
            return new ArticleIngest(article.Id, ArticleIngestOutcome.Unchanged, await ClaimCountAsync(connection, null, article.Id, cancellationToken).ConfigureAwait(false), 0, 0);
        }

        // Extraction is the slow part and needs no lock: do it before the transaction.
        var extraction = Options.Extractor.Extract(article);
        var claims = extraction.Claims;
        var keysByClaim = claims.ToDictionary(c => c.Id, BlockingKeys.For, StringComparer.Ordinal);
        var newKeys = new SortedSet<string>(keysByClaim.Values.SelectMany(k => k), StringComparer.Ordinal);

        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await _dialect.LockArticleAsync(connection, transaction, article.Id, cancellationToken).ConfigureAwait(false);
        stored = await ScalarAsync(connection, transaction, "SELECT hash FROM articles WHERE id = @id", cancellationToken, ("id", article.Id)).ConfigureAwait(false) as string;
        if (string.Equals(stored, hash, StringComparison.Ordinal))
        {
            // Another writer stored the same content meanwhile.
            return new ArticleIngest(article.Id, ArticleIngestOutcome.Unchanged, await ClaimCountAsync(connection, transaction, article.Id, cancellationToken).ConfigureAwait(false), 0, 0);
        }

        var oldKeys = new SortedSet<string>(StringComparer.Ordinal);
        if (stored is not null)
        {
            await using var command = Command(connection, transaction, "SELECT DISTINCT block_key FROM claim_keys WHERE article_id = @a", ("a", article.Id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                oldKeys.Add(reader.GetString(0));
            }
        }

        await _dialect.LockKeysAsync(connection, transaction, [.. newKeys.Union(oldKeys)], cancellationToken).ConfigureAwait(false);

        // Keys that are capped now and might come back under the cap once the old claims are gone.
        var cappedBefore = new List<string>();
        foreach (var key in oldKeys)
        {
            if (await BlockCountAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false) > Cap)
            {
                cappedBefore.Add(key);
            }
        }

        var blockQueries = oldKeys.Count;
        await ExecuteAsync(connection, transaction, "DELETE FROM relations WHERE article_a = @a OR article_b = @a", cancellationToken, ("a", article.Id)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM claim_keys WHERE article_id = @a", cancellationToken, ("a", article.Id)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM claims WHERE article_id = @a", cancellationToken, ("a", article.Id)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO articles (id, hash, article_json, diagnostics_json) VALUES (@id, @h, @j, @d)
            ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, article_json = excluded.article_json, diagnostics_json = excluded.diagnostics_json
            """, cancellationToken, ("id", article.Id), ("h", hash), ("j", ClaimTrackerJson.Serialize(article)), ("d", LedgerJson.Diagnostics(extraction.Diagnostics))).ConfigureAwait(false);

        await using (var insertClaim = Command(connection, transaction, "INSERT INTO claims (id, article_id, claim_json) VALUES (@id, @a, @j)", ("id", ""), ("a", article.Id), ("j", "")))
        await using (var insertKey = Command(connection, transaction, "INSERT INTO claim_keys (block_key, claim_id, article_id, said) VALUES (@k, @c, @a, @s)", ("k", ""), ("c", ""), ("a", article.Id), ("s", DBNull.Value)))
        {
            foreach (var claim in claims)
            {
                insertClaim.Parameters["id"].Value = claim.Id;
                insertClaim.Parameters["j"].Value = ClaimTrackerJson.Serialize(claim);
                await insertClaim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                foreach (var key in keysByClaim[claim.Id])
                {
                    insertKey.Parameters["k"].Value = key;
                    insertKey.Parameters["c"].Value = claim.Id;
                    insertKey.Parameters["s"].Value = LedgerJson.Said(claim);
                    await insertKey.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        // Compare each new claim with the other articles' claims of its uncapped blocks: one indexed query per key.
        var cache = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var candidates = claims.ToDictionary(c => c.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var key in newKeys)
        {
            var members = await BlockAsync(connection, transaction, key, cache, cancellationToken).ConfigureAwait(false);
            blockQueries++;
            if (members is null)
            {
                continue;
            }

            var own = members.Where(m => string.Equals(m.Evidence.ArticleId, article.Id, StringComparison.Ordinal)).ToList();
            var others = members.Where(m => !string.Equals(m.Evidence.ArticleId, article.Id, StringComparison.Ordinal)).ToList();
            foreach (var mine in own)
            {
                candidates[mine.Id].UnionWith(others.Select(o => o.Id));
            }
        }

        var relations = new Dictionary<string, ClaimRelation>(StringComparer.Ordinal);
        long comparisons = 0;
        foreach (var claim in claims)
        {
            foreach (var otherId in candidates[claim.Id])
            {
                comparisons++;
                var relation = Options.Comparer.Compare(cache[otherId], claim);
                if (relation.Kind != RelationKind.Unrelated)
                {
                    relations[relation.Id] = relation;
                }
            }
        }

        // Blocks the old claims kept capped and that are now under the cap: compare them again, as a fresh index would.
        foreach (var key in cappedBefore.Where(k => !newKeys.Contains(k)))
        {
            var members = await BlockAsync(connection, transaction, key, cache, cancellationToken).ConfigureAwait(false);
            blockQueries++;
            if (members is null)
            {
                continue;
            }

            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (string.Equals(members[i].Evidence.ArticleId, members[j].Evidence.ArticleId, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    comparisons++;
                    var relation = Options.Comparer.Compare(members[i], members[j]);
                    if (relation.Kind != RelationKind.Unrelated)
                    {
                        relations[relation.Id] = relation;
                    }
                }
            }
        }

        await using (var upsert = Command(connection, transaction, """
            INSERT INTO relations (id, claim_a, claim_b, article_a, article_b, relation_json) VALUES (@id, @ca, @cb, @aa, @ab, @j)
            ON CONFLICT (id) DO UPDATE SET relation_json = excluded.relation_json
            """, ("id", ""), ("ca", ""), ("cb", ""), ("aa", ""), ("ab", ""), ("j", "")))
        {
            foreach (var relation in relations.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                upsert.Parameters["id"].Value = relation.Id;
                upsert.Parameters["ca"].Value = relation.ClaimA;
                upsert.Parameters["cb"].Value = relation.ClaimB;
                upsert.Parameters["aa"].Value = ArticleOf(relation.ClaimA, claims, cache);
                upsert.Parameters["ab"].Value = ArticleOf(relation.ClaimB, claims, cache);
                upsert.Parameters["j"].Value = ClaimTrackerJson.Serialize(relation);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ArticleIngest(article.Id, stored is null ? ArticleIngestOutcome.Added : ArticleIngestOutcome.Updated, claims.Length, comparisons, blockQueries);
    }

    private static string ArticleOf(string claimId, ImmutableArray<Claim> claims, Dictionary<string, Claim> cache) =>
        cache.TryGetValue(claimId, out var c) ? c.Evidence.ArticleId : claims.First(x => string.Equals(x.Id, claimId, StringComparison.Ordinal)).Evidence.ArticleId;

    /// <summary>
    /// The claims of a block, or null when the block holds more than the cap: first the claim ids (an index-only query,
    /// at most cap + 1 rows), then, only for a block under the cap, the JSON of the claims not read yet.
    /// </summary>
    private async Task<List<Claim>?> BlockAsync(DbConnection connection, DbTransaction transaction, string key, Dictionary<string, Claim> cache, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using (var command = Command(connection, transaction,
            "SELECT claim_id FROM claim_keys WHERE block_key = @k ORDER BY claim_id LIMIT @n", ("k", key), ("n", Cap + 1)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        if (ids.Count > Cap)
        {
            return null;
        }

        if (ids.Any(id => !cache.ContainsKey(id)))
        {
            await using var command = Command(connection, transaction, """
                SELECT c.id, c.claim_json FROM claim_keys k JOIN claims c ON c.id = k.claim_id WHERE k.block_key = @k
                """, ("k", key));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (!cache.ContainsKey(id))
                {
                    cache[id] = ClaimTrackerJson.Deserialize<Claim>(reader.GetString(1));
                }
            }
        }

        return [.. ids.Select(id => cache[id])];
    }

    private async Task<int> BlockCountAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM (SELECT 1 AS one FROM claim_keys WHERE block_key = @k LIMIT @n) AS capped", cancellationToken,
            ("k", key), ("n", Cap + 1)).ConfigureAwait(false), CultureInfo.InvariantCulture);

    private static async Task<int> ClaimCountAsync(DbConnection connection, DbTransaction? transaction, string articleId, CancellationToken cancellationToken) =>
        Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM claims WHERE article_id = @a", cancellationToken, ("a", articleId)).ConfigureAwait(false), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async Task<ImmutableArray<LedgerArticle>> GetArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<LedgerArticle>();
        await using var command = Command(connection, null, "SELECT id, hash FROM articles");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new LedgerArticle(reader.GetString(0), reader.GetString(1)));
        }

        return [.. list.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ScalarAsync(connection, null, "SELECT article_json FROM articles WHERE id = @id", cancellationToken, ("id", id)).ConfigureAwait(false) is string json
            ? ClaimTrackerJson.Deserialize<Article>(json)
            : null;
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<Claim>> GetClaimsAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var claims = await ReadJsonAsync<Claim>(connection, "SELECT claim_json FROM claims WHERE article_id = @a", cancellationToken, ("a", articleId)).ConfigureAwait(false);
        return [.. claims.OrderBy(c => c.Evidence.Span.Start).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<ClaimRelation>> GetRelationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. (await LiveRelationsAsync(connection, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<ClaimGraph> GetClustersAsync(CancellationToken cancellationToken = default) =>
        (await LoadAnalysisAsync(null, cancellationToken).ConfigureAwait(false)).Graph;

    /// <inheritdoc />
    public async Task<AnalysisResult> LoadAnalysisAsync(LedgerSelection? selection = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot for a consistent report while others write.
        await using var transaction = await _dialect.BeginReadAsync(connection, cancellationToken).ConfigureAwait(false);
        var articles = new List<(Article Article, string Diagnostics)>();
        await using (var command = Command(connection, transaction, "SELECT article_json, diagnostics_json FROM articles"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                articles.Add((ClaimTrackerJson.Deserialize<Article>(reader.GetString(0)), reader.GetString(1)));
            }
        }

        var selected = articles.Where(a => Selected(a.Article, selection)).OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var ids = selected.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        var claims = (await ReadJsonAsync<Claim>(connection, "SELECT claim_json FROM claims", cancellationToken, transaction).ConfigureAwait(false))
            .Where(c => ids.Contains(c.Evidence.ArticleId)).ToList();
        var claimIds = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var relations = (await LiveRelationsAsync(connection, cancellationToken, transaction).ConfigureAwait(false))
            .Where(r => claimIds.Contains(r.ClaimA) && claimIds.Contains(r.ClaimB)).ToList();
        var diagnostics = new List<AnalysisDiagnostic>();
        await using (var command = Command(connection, transaction, "SELECT diagnostic_json FROM load_diagnostics ORDER BY position"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                diagnostics.Add(new AnalysisDiagnostic(null, LedgerJson.ReadDiagnostic(reader.GetString(0))));
            }
        }

        foreach (var (article, json) in selected)
        {
            diagnostics.AddRange(LedgerJson.ReadDiagnostics(json).Select(d => new AnalysisDiagnostic(article.Id, d)));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        // Claims in the analyzer's order (article, then extraction order) before the result sorts them, so clusters and
        // ties come out the same as in a fresh run.
        var position = selected.Select((a, i) => (a.Article.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ordered = claims.OrderBy(c => position[c.Evidence.ArticleId]).ThenBy(c => ClaimNumber(c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal);
        return new AnalysisResult(selected.Select(a => a.Article), ordered, relations, diagnostics, Options.Comparer.Options.OriginResolver);
    }

    private static long ClaimNumber(string id)
    {
        var colon = id.LastIndexOf(":c", StringComparison.Ordinal);
        return colon >= 0 && long.TryParse(id.AsSpan(colon + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }

    private static bool Selected(Article article, LedgerSelection? selection)
    {
        if (selection is null)
        {
            return true;
        }

        if (selection.Since is { Start: { } since } && (article.Published?.Start is not { } published || published < since))
        {
            return false;
        }

        return selection.Story is not { Length: > 0 } story
            || article.Text.Contains(story, StringComparison.InvariantCultureIgnoreCase)
            || (article.Title?.Contains(story, StringComparison.InvariantCultureIgnoreCase) ?? false);
    }

    private async Task<List<ClaimRelation>> LiveRelationsAsync(DbConnection connection, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        await ReadJsonAsync<ClaimRelation>(connection, """
            SELECT r.relation_json FROM relations r
            WHERE EXISTS (
                SELECT 1 FROM claim_keys ka JOIN claim_keys kb ON kb.block_key = ka.block_key AND kb.claim_id = r.claim_b
                WHERE ka.claim_id = r.claim_a
                  AND (SELECT COUNT(*) FROM claim_keys kc WHERE kc.block_key = ka.block_key) <= @cap)
            """, cancellationToken, transaction, ("cap", Cap)).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<ImmutableArray<LedgerMatch>> FindAsync(string statement, string language, int maxResults = 20, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);
        var extraction = Options.Extractor.Extract(new Article("statement", statement, language));
        if (extraction.Claims.IsEmpty)
        {
            return [];
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var cache = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var best = new Dictionary<string, (ClaimRelation Relation, Claim Statement)>(StringComparer.Ordinal);
        foreach (var statementClaim in extraction.Claims)
        {
            var candidates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var key in BlockingKeys.For(statementClaim))
            {
                // A capped block still answers a look-up, with its most recently said claims.
                // The newest claim ids first (from the (block_key, said) index), then their JSON: only the rows kept are read.
                await using var command = Command(connection, null, """
                    SELECT k.claim_id, c.claim_json FROM (
                        SELECT claim_id, said FROM claim_keys WHERE block_key = @k ORDER BY said DESC, claim_id LIMIT @n) k
                    JOIN claims c ON c.id = k.claim_id
                    """, ("k", key), ("n", Cap));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var id = reader.GetString(0);
                    if (!cache.ContainsKey(id))
                    {
                        cache[id] = ClaimTrackerJson.Deserialize<Claim>(reader.GetString(1));
                    }

                    candidates.Add(id);
                }
            }

            foreach (var id in candidates)
            {
                var relation = Options.Comparer.Compare(statementClaim, cache[id]);
                if (relation.Kind != RelationKind.Unrelated && (!best.TryGetValue(id, out var current) || RelationStrength.Instance.Compare(relation, current.Relation) < 0))
                {
                    best[id] = (relation, statementClaim);
                }
            }
        }

        var top = best.OrderBy(b => b.Value.Relation, RelationStrength.Instance).ThenBy(b => b.Key, StringComparer.Ordinal).Take(maxResults).ToList();
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        var matches = ImmutableArray.CreateBuilder<LedgerMatch>(top.Count);
        foreach (var (id, (relation, statementClaim)) in top)
        {
            var claim = cache[id];
            if (!articles.TryGetValue(claim.Evidence.ArticleId, out var article))
            {
                var json = (string)(await ScalarAsync(connection, null, "SELECT article_json FROM articles WHERE id = @id", cancellationToken, ("id", claim.Evidence.ArticleId)).ConfigureAwait(false))!;
                articles[claim.Evidence.ArticleId] = article = ClaimTrackerJson.Deserialize<Article>(json);
            }

            matches.Add(new LedgerMatch(claim, article, relation, statementClaim));
        }

        return matches.MoveToImmutable();
    }

    /// <inheritdoc />
    public async Task SetCatalogOverrideAsync(string name, string catalogJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogJson);
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO catalog_overrides (name, catalog_json) VALUES (@n, @j)
            ON CONFLICT (name) DO UPDATE SET catalog_json = excluded.catalog_json
            """, cancellationToken, ("n", name), ("j", catalogJson)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ImmutableSortedDictionary<string, string>> GetCatalogOverridesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        await using var command = Command(connection, null, "SELECT name, catalog_json FROM catalog_overrides");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            builder[reader.GetString(0)] = reader.GetString(1);
        }

        return builder.ToImmutable();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _dialect.DisposeAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }

    private static Task<List<T>> ReadJsonAsync<T>(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ReadJsonAsync<T>(connection, sql, cancellationToken, null, parameters);

    private static async Task<List<T>> ReadJsonAsync<T>(DbConnection connection, string sql, CancellationToken cancellationToken, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var list = new List<T>();
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(ClaimTrackerJson.Deserialize<T>(reader.GetString(0)));
        }

        return list;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
