using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.Model;
using static ClaimTracker.Tests.Comparison.TestClaims;

namespace ClaimTracker.Tests.Comparison;

public class OriginResolverTests
{
    [Fact]
    public void OriginOf_AffiliatedRole_IsTheAffiliation() =>
        OriginResolver.OriginOf(Make("a1", "A", Strike, speaker: UsOfficial)).Should().Be("gov:us");

    [Fact]
    public void OriginOf_Chain_UsesTheFirstSource()
    {
        var agency = new Source(SourceKind.Organization, "Agency", "org:agency");
        OriginResolver.OriginOf(Make("a1", "A", Strike, speaker: OutletA, chain: [agency, OutletA])).Should().Be("org:agency");
    }

    [Fact]
    public void OriginOf_NamelessVoice_IsKeyedByArticle()
    {
        var c = Make("a1", "A", Strike, speaker: Source.ArticleVoice(null));
        OriginResolver.OriginOf(c).Should().Be("voice@A");
    }

    [Fact]
    public void OriginOf_UnaffiliatedRole_IsKeyedByArticle()
    {
        var officials = new Source(SourceKind.Role, "officials", "role:official");
        OriginResolver.OriginOf(Make("a1", "A", Strike, speaker: officials)).Should().Be("role:official@A");
        OriginResolver.OriginOf(Make("b1", "B", Strike, speaker: officials)).Should().Be("role:official@B");
        OriginResolver.OriginOf(Make("c1", "C", Strike, speaker: new Source(SourceKind.Anonymous, "a source"))).Should().Be("Anonymous:a source@C");
    }

    [Fact]
    public void OriginOf_UnresolvedNamedSource_IsItsKey()
    {
        var s = new Source(SourceKind.Person, "Jane Roe");
        OriginResolver.OriginOf(Make("a1", "A", Strike, speaker: s)).Should().Be(s.Key);
    }

    [Fact]
    public void OriginOf_Resolver_IsApplied() =>
        OriginResolver.OriginOf(Make("a1", "A", Strike, speaker: Moscow), id => id + "!").Should().Be("gov:ru!");

    [Fact]
    public void FromCatalog_UnknownId_ReturnsItUnchanged() =>
        OriginResolver.FromCatalog(EntityCatalog.Empty)("gov:zz").Should().Be("gov:zz");

    [Fact]
    public void FromCatalog_StateOutletsAndSpokesman_ShareTheirGovernment()
    {
        var resolver = OriginResolver.FromCatalog(ClaimTracker.Tests.Catalog.CatalogTestData.Catalog);
        var tass = new Source(SourceKind.Outlet, "TASS", "outlet:tass");
        var ria = new Source(SourceKind.Outlet, "RIA Novosti", "outlet:ria-novosti");
        var peskov = new Source(SourceKind.Person, "Peskov", "person:dmitry-peskov");
        var reuters = new Source(SourceKind.Outlet, "Reuters", "outlet:reuters");
        OriginResolver.OriginOf(Make("a1", "A", Strike, speaker: tass), resolver).Should().Be("gov:RU");
        OriginResolver.OriginOf(Make("b1", "B", Strike, speaker: ria, chain: [peskov, ria]), resolver).Should().Be("gov:RU");
        OriginResolver.OriginOf(Make("c1", "C", Strike, speaker: reuters), resolver).Should().Be("outlet:reuters");
    }

    [Fact]
    public void FromCatalog_Null_Throws()
    {
        var act = () => OriginResolver.FromCatalog(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
