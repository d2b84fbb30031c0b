using System.Collections.Immutable;
using ClaimTracker.Catalog;

namespace ClaimTracker.Tests.Catalog;

public class EntityCatalogBuilderTests
{
    private static ImmutableSortedDictionary<string, ImmutableArray<string>> Names(string language, params string[] names) =>
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add(language, [.. names]);

    private static EntityDefinition Gov(string code, params string[] englishNames) =>
        new("gov:" + code) { Kind = EntityKind.Government, Names = Names("en", englishNames) };

    [Fact]
    public void Build_ConflictingKinds_ThrowsNamingEntityAndBothSources()
    {
        var builder = new EntityCatalogBuilder()
            .Add(new CatalogContribution("first.json", [new EntityDefinition("x:thing") { Kind = EntityKind.Organization }]))
            .Add(new CatalogContribution("second.json", [new EntityDefinition("x:thing") { Kind = EntityKind.Outlet }]));

        var act = () => builder.Build();

        act.Should().Throw<CatalogException>()
            .WithMessage("*'x:thing'*'organization'*'first.json'*'outlet'*'second.json'*");
    }

    [Fact]
    public void Build_ConflictingLinks_ThrowsNamingBothSources()
    {
        var builder = new EntityCatalogBuilder()
            .Add(new CatalogContribution("a.json", [Gov("RU"), Gov("US"), new EntityDefinition("outlet:x") { Kind = EntityKind.Outlet, Links = [new(EntityLinkType.SpeaksFor, "gov:RU")] }]))
            .Add(new CatalogContribution("b.json", [new EntityDefinition("outlet:x") { Links = [new(EntityLinkType.SpeaksFor, "gov:US")] }]));

        var act = () => builder.Build();

        act.Should().Throw<CatalogException>().WithMessage("*'outlet:x'*speaksFor*gov:RU*'a.json'*gov:US*'b.json'*");
    }

    [Fact]
    public void Build_ConflictingStateAffiliation_Throws()
    {
        var builder = new EntityCatalogBuilder()
            .Add(new CatalogContribution("a.json", [new EntityDefinition("outlet:x") { Kind = EntityKind.Outlet, StateAffiliated = true }]))
            .Add(new CatalogContribution("b.json", [new EntityDefinition("outlet:x") { StateAffiliated = false }]));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<CatalogException>().WithMessage("*stateAffiliated*'a.json'*'b.json'*");
    }

    [Fact]
    public void Build_AgreeingContributions_MergeNamesInOrderAndLinks()
    {
        var catalog = new EntityCatalogBuilder()
            .Add(new CatalogContribution("en.json", [Gov("KP", "North Korea", "DPRK")]))
            .Add(new CatalogContribution("en2.json", [new EntityDefinition("gov:KP") { Kind = EntityKind.Government, Names = Names("en", "DPRK", "Best Korea") }]))
            .Build();

        var kp = catalog.Get("gov:KP");
        kp.Names["en"].Should().Equal("North Korea", "DPRK", "Best Korea");
        kp.NameIn("en").Should().Be("North Korea");
        kp.Sources.Should().Equal("en.json", "en2.json");
        kp.Country.Should().Be("KP", "a government's country comes from its id when not given");
    }

    [Fact]
    public void Build_LinkToUnknownId_Throws()
    {
        var builder = new EntityCatalogBuilder().Add(new CatalogContribution("a.json",
            [new EntityDefinition("org:x") { Kind = EntityKind.Organization, Links = [new(EntityLinkType.PartOf, "org:missing")] }]));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<CatalogException>().WithMessage("*'org:x'*org:missing*a.json*");
    }

    [Fact]
    public void Build_SpeaksForCycle_Throws()
    {
        var builder = new EntityCatalogBuilder().Add(new CatalogContribution("a.json",
        [
            new EntityDefinition("org:a") { Kind = EntityKind.Organization, Links = [new(EntityLinkType.SpeaksFor, "org:b")] },
            new EntityDefinition("org:b") { Kind = EntityKind.Organization, Links = [new(EntityLinkType.SpeaksFor, "org:a")] },
        ]));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<CatalogException>().WithMessage("*cycle*org:a*org:b*");
    }

    [Fact]
    public void Build_EntityWithoutKindAnywhere_Throws()
    {
        var builder = new EntityCatalogBuilder().Add(new CatalogContribution("user.json", [new EntityDefinition("gov:ZZ") { Names = Names("en", "Nowhere") }]));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<CatalogException>().WithMessage("*'gov:ZZ'*no kind*'user.json'*");
    }

    [Fact]
    public void Build_SameIdTwiceInOneContribution_Throws()
    {
        var builder = new EntityCatalogBuilder().Add(new CatalogContribution("a.json", [Gov("RU"), Gov("RU")]));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<CatalogException>().WithMessage("*'gov:RU'*twice*'a.json'*");
    }

    [Fact]
    public void Build_UserExtensionFile_AddsAliasToPackEntity()
    {
        const string user = """
            {
              "format": "claimtracker-catalog/1",
              "entities": [
                { "id": "gov:KP", "aliases": { "en": { "variant": ["the Hermit Kingdom"] } } },
                { "id": "outlet:nk-news", "kind": "outlet", "country": "KR", "names": { "en": ["NK News"] } }
              ]
            }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"catalog-user-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, user);
        try
        {
            var catalog = new EntityCatalogBuilder().Add(CatalogTestData.English).AddFile(path).Build();

            catalog.Lookup("the Hermit Kingdom", "en").Should().ContainSingle().Which.Entity.Id.Should().Be("gov:KP");
            catalog.Get("gov:KP").Sources.Should().HaveCount(2).And.Contain(path);
            catalog.Get("outlet:nk-news").Kind.Should().Be(EntityKind.Outlet);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Build_UserFileContradictingPack_ThrowsNamingBoth()
    {
        var builder = new EntityCatalogBuilder()
            .Add(CatalogTestData.English)
            .AddJson("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "outlet:kcna", "links": { "speaksFor": ["gov:KR"] } } ] }""", "mine.json");

        FluentActions.Invoking(() => builder.Build()).Should().Throw<CatalogException>()
            .WithMessage("*'outlet:kcna'*gov:KP*ClaimTracker.Languages.English*gov:KR*'mine.json'*");
    }

    [Fact]
    public void Build_NoContributions_GivesEmptyCatalog()
    {
        var catalog = new EntityCatalogBuilder().Build();
        catalog.Count.Should().Be(0);
        catalog.Lookup("anything", "en").Should().BeEmpty();
        EntityCatalog.Empty.Count.Should().Be(0);
    }

    [Fact]
    public void Add_Null_Throws()
    {
        FluentActions.Invoking(() => new EntityCatalogBuilder().Add(null!)).Should().Throw<ArgumentNullException>();
    }
}
