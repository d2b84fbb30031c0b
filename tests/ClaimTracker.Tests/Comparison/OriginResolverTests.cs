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
    public void FromCatalog_Null_Throws()
    {
        var act = () => OriginResolver.FromCatalog(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
