using ClaimTracker.Cli.Commands;
using ClaimTracker.Indexing;
using ClaimTracker.Model;
using static ClaimTracker.Ledger.Tests.LedgerTestSupport;

namespace ClaimTracker.Ledger.Tests;

/// <summary>
/// The behaviour every <see cref="IClaimLedger"/> store must have. Each store runs it through a subclass that opens a fresh,
/// empty store per test (and the same store again when a test reopens it).
/// </summary>
public abstract class ClaimLedgerContractTests : IAsyncLifetime
{
    private readonly List<IClaimLedger> _open = [];

    /// <summary>Opens this test's store (the same store on every call).</summary>
    protected abstract Task<IClaimLedger> OpenStoreAsync(ClaimLedgerOptions options);

    /// <summary>Removes this test's store.</summary>
    protected virtual Task DeleteStoreAsync() => Task.CompletedTask;

    protected async Task<IClaimLedger> OpenAsync(int? maxBlockSize = null)
    {
        var ledger = await OpenStoreAsync(Options(maxBlockSize));
        _open.Add(ledger);
        return ledger;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var ledger in _open)
        {
            await ledger.DisposeAsync();
        }

        await DeleteStoreAsync();
    }

    [StoreFact]
    public async Task IngestAsync_SeedCorpus_ReportIdenticalToFreshAnalysis()
    {
        var ledger = await OpenAsync();

        var result = await ledger.IngestAsync(Seed, SeedDiagnostics);

        result.Added.Should().Be(Seed.Length);
        result.Articles.Select(a => a.ArticleId).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Json(await ledger.LoadAnalysisAsync()).Should().Be(Json(Fresh(Seed, SeedDiagnostics)));
    }

    [StoreFact]
    public async Task IngestAsync_TwoBatchesThenAllAgain_SameReportAsOneFreshRun()
    {
        var ledger = await OpenAsync();

        var first = await ledger.IngestAsync(Seed.Take(3), SeedDiagnostics);
        var second = await ledger.IngestAsync(Seed.Skip(3), SeedDiagnostics);
        var again = await ledger.IngestAsync(Seed, SeedDiagnostics);

        (first.Added, second.Added).Should().Be((3, Seed.Length - 3));
        again.Unchanged.Should().Be(Seed.Length);
        again.Comparisons.Should().Be(0);
        Json(await ledger.LoadAnalysisAsync()).Should().Be(Json(Fresh(Seed, SeedDiagnostics)));
    }

    [StoreFact]
    public async Task IngestAsync_SameContentAgain_ChangesNothing()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(Seed);
        var articles = await ledger.GetArticlesAsync();
        var relations = await ledger.GetRelationsAsync();

        var again = await ledger.IngestAsync(Seed);

        again.Articles.Should().OnlyContain(a => a.Outcome == ArticleIngestOutcome.Unchanged && a.Comparisons == 0 && a.BlockQueries == 0);
        (await ledger.GetArticlesAsync()).Should().Equal(articles);
        (await ledger.GetRelationsAsync()).Should().Equal(relations);
    }

    [StoreFact]
    public async Task IngestAsync_EditedArticle_ReplacesItsClaimsAndRelations()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(Seed, SeedDiagnostics);
        var old = Seed[1];
        var edited = new Article(old.Id, old.Text[..(old.Text.Length / 2)], old.Language, old.Published, old.Outlet, old.Title, old.Url);
        var corpus = Seed.SetItem(1, edited);

        var result = await ledger.IngestAsync(corpus, SeedDiagnostics);

        result.Articles.Single(a => a.Outcome != ArticleIngestOutcome.Unchanged).Should().Match<ArticleIngest>(a => a.ArticleId == old.Id && a.Outcome == ArticleIngestOutcome.Updated);
        (await ledger.GetArticleAsync(old.Id)).Should().Be(edited);
        (await ledger.GetClaimsAsync(old.Id)).Should().Equal(ExtractionSetup.Instance.Extractor.Extract(edited).Claims);
        Json(await ledger.LoadAnalysisAsync()).Should().Be(Json(Fresh(corpus, SeedDiagnostics)));
    }

    [StoreFact]
    public async Task IngestAsync_OneNewArticle_ComparesOnlyWithinItsBlocks()
    {
        var ledger = await OpenAsync();
        var stored = Seed.Take(Seed.Length - 1).ToList();
        await ledger.IngestAsync(stored);
        var index = new ClaimIndex(Comparer());
        foreach (var article in stored)
        {
            index.Add(ExtractionSetup.Instance.Extractor.Extract(article).Claims);
        }

        var before = index.ComparisonCount;
        var newClaims = ExtractionSetup.Instance.Extractor.Extract(Seed[^1]).Claims;
        index.Add(newClaims);
        var expected = index.ComparisonCount - before;

        var result = await ledger.IngestAsync([Seed[^1]]);

        var ingest = result.Articles.Single();
        ingest.Comparisons.Should().Be(expected).And.BeGreaterThan(0);
        ingest.Comparisons.Should().BeLessThan((long)newClaims.Length * (index.Count - newClaims.Length), "only claims sharing a blocking key are compared");
        ingest.BlockQueries.Should().Be(newClaims.SelectMany(c => BlockingKeys.For(c)).Distinct().Count(), "one indexed query per blocking key");
    }

    [StoreFact]
    public async Task Reopen_AfterIngest_KeepsArticlesClaimsRelationsAndIds()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(Seed);
        await ledger.DisposeAsync();

        var reopened = await OpenAsync();

        var fresh = Fresh(Seed);
        (await reopened.GetArticlesAsync()).Select(a => a.Id).Should().Equal(Seed.Select(a => a.Id).Order(StringComparer.Ordinal));
        (await reopened.GetArticleAsync(Seed[0].Id)).Should().Be(Seed[0]);
        (await reopened.GetClaimsAsync(Seed[0].Id)).Should().Equal(fresh.Claims.Where(c => c.Evidence.ArticleId == Seed[0].Id));
        (await reopened.GetRelationsAsync()).Should().Equal(fresh.Relations);
        (await reopened.GetClustersAsync()).Clusters.Select(k => k.Id).Should().Equal(fresh.Graph.Clusters.Select(k => k.Id));
        (await reopened.IngestAsync(Seed)).Unchanged.Should().Be(Seed.Length);
    }

    [StoreFact]
    public async Task GetArticlesAsync_Hash_DependsOnContentOnly()
    {
        var ledger = await OpenAsync();
        var article = Seed[0];
        await ledger.IngestAsync([article]);
        var hash = (await ledger.GetArticlesAsync()).Single().Hash;

        hash.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        await ledger.IngestAsync([new Article(article.Id, article.Text, article.Language, article.Published, "Another outlet", article.Title, article.Url)]);
        (await ledger.GetArticlesAsync()).Single().Hash.Should().NotBe(hash, "the outlet is part of the content");
    }

    [StoreFact]
    public async Task IngestAsync_BlockCapAndEdits_SameRelationsAsFreshIndex()
    {
        const int Cap = 3;
        Fresh(English.Concat(Seed), maxBlockSize: Cap).Relations.Length.Should()
            .BeLessThan(Fresh(English.Concat(Seed)).Relations.Length, "the cap must matter for this test to mean anything");
        var ledger = await OpenAsync(Cap);
        await ledger.IngestAsync(English);
        await ledger.IngestAsync(Seed);
        (await ledger.GetRelationsAsync()).Should().Equal(Fresh(English.Concat(Seed), maxBlockSize: Cap).Relations);

        // Emptying articles brings capped blocks back under the cap: they are compared again.
        var emptied = English.Select(a => new Article(a.Id, "Nothing was said.", a.Language, a.Published, a.Outlet, a.Title, a.Url)).ToList();
        var result = await ledger.IngestAsync(emptied);

        result.Updated.Should().Be(English.Length);
        (await ledger.GetRelationsAsync()).Should().Equal(Fresh(emptied.Concat(Seed), maxBlockSize: Cap).Relations);
    }

    [StoreFact]
    public async Task LoadAnalysisAsync_Since_OnlyArticlesPublishedFromThatDate()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(Seed);
        var since = FuzzyTime.Day(2024, 1, 1);

        var result = await ledger.LoadAnalysisAsync(new LedgerSelection { Since = since });

        var expected = Seed.Where(a => a.Published?.Start >= since.Start).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        expected.Should().NotBeEmpty().And.HaveCountLessThan(Seed.Length);
        result.Articles.Select(a => a.Id).Should().Equal(expected);
        result.Claims.Should().OnlyContain(c => expected.Contains(c.Evidence.ArticleId));
    }

    [StoreFact]
    public async Task FindAsync_EnglishStatementOfAStoredClaim_FindsThatClaimWithItsSource()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(English);
        var claim = (await ledger.LoadAnalysisAsync()).Claims.First(c => c.Attribution.Speaker.EntityId is not null && c.Proposition.Participants.Length > 1);

        var matches = await ledger.FindAsync(claim.Evidence.Text, "en");

        matches.Should().NotBeEmpty();
        matches.Select(m => m.Relation.Score).Should().BeInDescendingOrder();
        var match = matches.Should().ContainSingle(m => m.Claim.Id == claim.Id).Subject;
        match.Relation.Kind.Should().BeOneOf(RelationKind.Corroborates, RelationKind.Refines);
        match.Claim.Attribution.Speaker.Should().Be(claim.Attribution.Speaker);
        match.Article.Id.Should().Be(claim.Evidence.ArticleId);
        match.Relation.Reasons.Should().NotBeEmpty();
    }

    [StoreFact]
    public async Task FindAsync_ArabicStatementOfAStoredClaim_FindsThatClaim()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(Seed);
        var claims = (await ledger.LoadAnalysisAsync()).Claims.Where(c => c.Attribution.Speaker.EntityId is not null && c.Proposition.Participants.Length > 1).ToList();
        claims.Should().NotBeEmpty();

        // At least one stored claim is found again from its own sentence, with the article it was read in.
        var found = false;
        foreach (var claim in claims.Take(10))
        {
            var matches = await ledger.FindAsync(claim.Evidence.Text, "ar");
            if (matches.Any(m => m.Claim.Id == claim.Id && m.Article.Id == claim.Evidence.ArticleId && m.Relation.Kind != RelationKind.Unrelated))
            {
                found = true;
                break;
            }
        }

        found.Should().BeTrue();
    }

    [StoreFact]
    public async Task FindAsync_StatementWithoutClaim_ReturnsNothing()
    {
        var ledger = await OpenAsync();
        await ledger.IngestAsync(English);

        (await ledger.FindAsync("Nothing.", "en")).Should().BeEmpty();
    }

    [StoreFact]
    public async Task FindAsync_BadArguments_Throw()
    {
        var ledger = await OpenAsync();

        await FluentActions.Awaiting(() => ledger.FindAsync(" ", "en")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => ledger.FindAsync("x", "en", 0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [StoreFact]
    public async Task IngestAsync_RepeatedArticleId_ThrowsAndWritesNothing()
    {
        var ledger = await OpenAsync();

        await FluentActions.Awaiting(() => ledger.IngestAsync([Seed[0], Seed[0]])).Should().ThrowAsync<ArgumentException>().WithMessage("*repeats*");
        (await ledger.GetArticlesAsync()).Should().BeEmpty();
    }

    [StoreFact]
    public async Task CatalogOverrides_SetTwice_KeepsTheLatestByName()
    {
        var ledger = await OpenAsync();

        await ledger.SetCatalogOverrideAsync("b.json", "{\"format\":\"claimtracker-catalog/1\",\"entities\":[]}");
        await ledger.SetCatalogOverrideAsync("a.json", "{}");
        await ledger.SetCatalogOverrideAsync("a.json", "{\"v\":2}");

        var overrides = await ledger.GetCatalogOverridesAsync();
        overrides.Keys.Should().Equal("a.json", "b.json");
        overrides["a.json"].Should().Be("{\"v\":2}");
    }

    [StoreFact]
    public async Task Open_WithAnotherBlockCap_Throws()
    {
        var ledger = await OpenAsync(50);
        await ledger.DisposeAsync();

        await FluentActions.Awaiting(() => OpenAsync(60)).Should().ThrowAsync<InvalidOperationException>().WithMessage("*block cap*50*");
    }

    [StoreFact]
    public async Task Open_NewStore_RecordsSchemaVersion()
    {
        var ledger = (SqlClaimLedger)await OpenAsync();

        (await ledger.SchemaVersionAsync(CancellationToken.None)).Should().Be(1);
    }
}
