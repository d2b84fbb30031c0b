using System.Collections.Immutable;
using ClaimTracker.Catalog;

namespace ClaimTracker.Tests.Catalog;

public class EntityCatalogTests
{
    private static readonly EntityCatalog Small = new EntityCatalogBuilder().Add(new CatalogContribution("t.json",
    [
        new EntityDefinition("gov:XA")
        {
            Kind = EntityKind.Government,
            Names = ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add("xx", ["Alpha Land", "Alpha"]),
            Aliases = [new EntityAlias("Alphan", "xx", AliasKind.Demonym), new EntityAlias("Alpha", "xx", AliasKind.Metonym), new EntityAlias("Capitol", "xx", AliasKind.Metonym)],
        },
        new EntityDefinition("place:capitol")
        {
            Kind = EntityKind.Place,
            Names = ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add("xx", ["Capitol"]),
            Links = [new EntityLink(EntityLinkType.CapitalOf, "gov:XA")],
        },
        new EntityDefinition("org:ministry") { Kind = EntityKind.Organization, Links = [new EntityLink(EntityLinkType.SpeaksFor, "gov:XA")] },
        new EntityDefinition("role:spokesperson") { Kind = EntityKind.Role, Links = [new EntityLink(EntityLinkType.SpeaksFor, "org:ministry")] },
    ])).Build();

    [Fact]
    public void Lookup_SameEntityByTwoAliasKinds_ReturnsItOnceWithBestKind()
    {
        Small.Lookup("Alpha", "xx").Should().ContainSingle().Which.Alias.Kind.Should().Be(AliasKind.Name);
    }

    [Fact]
    public void Lookup_SharedAlias_ReturnsAllEntitiesSortedById()
    {
        Small.Lookup("Capitol", "xx").Select(c => c.Entity.Id).Should().Equal("gov:XA", "place:capitol");
    }

    [Fact]
    public void Lookup_WithoutNormalize_IsOrdinalButCollapsesWhitespace()
    {
        Small.Lookup("  Alpha \t Land ", "xx").Should().ContainSingle();
        Small.Lookup("alpha land", "xx").Should().BeEmpty();
    }

    [Fact]
    public void Lookup_WithNormalize_AppliesItToBothSides()
    {
        Func<string, string> lower = s => s.ToLowerInvariant();
        Small.Lookup("ALPHAN", "xx", lower).Should().ContainSingle().Which.Alias.Kind.Should().Be(AliasKind.Demonym);
    }

    [Fact]
    public void Lookup_OtherLanguageOrUnknown_ReturnsEmpty()
    {
        Small.Lookup("Alpha", "yy").Should().BeEmpty();
        Small.Lookup("Beta", "xx").Should().BeEmpty();
        Small.Lookup("", "xx").Should().BeEmpty();
    }

    [Fact]
    public void Lookup_ConcurrentCallsWithNormalize_AgreeWithSequential()
    {
        Func<string, string> upper = s => s.ToUpperInvariant();
        var results = new int[64];
        Parallel.For(0, results.Length, i => results[i] = Small.Lookup("alphan", "xx", upper).Count);
        results.Should().OnlyContain(n => n == 1);
    }

    [Fact]
    public void ResolveOrigin_FollowsSpeaksForChain()
    {
        Small.ResolveOrigin("role:spokesperson").Id.Should().Be("gov:XA");
        Small.ResolveOrigin("org:ministry").Id.Should().Be("gov:XA");
        Small.ResolveOrigin("gov:XA").Id.Should().Be("gov:XA");
    }

    [Fact]
    public void ResolveOrigin_UnknownId_ThrowsKeyNotFound()
    {
        FluentActions.Invoking(() => Small.ResolveOrigin("gov:QQ")).Should().Throw<KeyNotFoundException>().WithMessage("*gov:QQ*");
    }

    [Fact]
    public void TryGet_KnownAndUnknown()
    {
        Small.TryGet("gov:XA", out var entity).Should().BeTrue();
        entity!.Kind.Should().Be(EntityKind.Government);
        Small.TryGet("gov:QQ", out _).Should().BeFalse();
    }

    [Fact]
    public void Entity_AliasesListNamesFirst()
    {
        var aliases = Small.Get("gov:XA").Aliases["xx"];
        aliases.Take(2).Should().OnlyContain(a => a.Kind == AliasKind.Name);
        aliases.Select(a => a.Text).Should().Contain("Alphan");
    }

    [Fact]
    public void Entities_AreSortedById()
    {
        Small.Entities.Select(e => e.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }
}
