using System.Collections.Immutable;
using ClaimTracker.Catalog;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Catalog;

public class CatalogContributionTests
{
    private const string Minimal = """
        {
          "format": "claimtracker-catalog/1",
          "description": "test",
          "source": { "name": "tests", "license": "MIT" },
          "entities": [
            {
              "id": "outlet:x", "kind": "outlet", "country": "KP", "stateAffiliated": true,
              "links": { "speaksFor": ["gov:KP"] },
              "names": { "xx": ["X Agency"] },
              "aliases": { "xx": { "abbreviation": ["XA"], "metonym": ["X Tower"] } }
            },
            { "id": "gov:KP", "kind": "government" }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        var c = CatalogContribution.Parse(Minimal, "min.json");

        c.SourceName.Should().Be("min.json");
        c.Description.Should().Be("test");
        c.DataSource.Should().Be(new CatalogDataSource("tests", null, "MIT"));
        var x = c.Entities[0];
        x.Id.Should().Be("outlet:x");
        x.Kind.Should().Be(EntityKind.Outlet);
        x.Country.Should().Be("KP");
        x.StateAffiliated.Should().BeTrue();
        x.Links.Should().Equal(new EntityLink(EntityLinkType.SpeaksFor, "gov:KP"));
        x.Names["xx"].Should().Equal("X Agency");
        x.Aliases.Should().Equal(new EntityAlias("XA", "xx", AliasKind.Abbreviation), new EntityAlias("X Tower", "xx", AliasKind.Metonym));
        c.Entities[1].Kind.Should().Be(EntityKind.Government);
    }

    [Theory]
    [InlineData("""{ "format": "claimtracker-catalog/2", "entities": [] }""", "*bad.json*format*claimtracker-catalog/1*")]
    [InlineData("""{ "entities": [] }""", "*bad.json*(missing)*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "kind": "country" } ] }""", "*bad.json*gov:RU*unknown kind 'country'*government*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "kind": "outlet" } ] }""", "*gov:RU*kind 'outlet'*prefix means 'government'*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "RU", "kind": "government" } ] }""", "*bad.json*entity #1*prefix:rest*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "aliases": { "en": { "nickname": ["x"] } } } ] }""", "*gov:RU*alias kind 'nickname'*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "aliases": { "en": { "name": ["x"] } } } ] }""", "*gov:RU*alias kind 'name'*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "links": { "friendOf": ["gov:US"] } } ] }""", "*gov:RU*link type 'friendOf'*speaksFor*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "names": { "EN": ["Russia"] } } ] }""", "*gov:RU*language code 'EN'*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "names": { "en": [" "] } } ] }""", "*gov:RU*empty text*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "country": "rus" } ] }""", "*gov:RU*country 'rus'*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:RU", "colour": "red" } ] }""", "*bad.json*not valid JSON*colour*")]
    [InlineData("""{ "format": "claimtracker-catalog/1", "entities": [ """, "*bad.json*not valid JSON*")]
    public void Parse_InvalidFile_ThrowsNamingSourceAndProblem(string json, string message)
    {
        FluentActions.Invoking(() => CatalogContribution.Parse(json, "bad.json")).Should().Throw<CatalogException>().WithMessage(message);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        FluentActions.Invoking(() => CatalogContribution.Parse(null!, "x")).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void LoadFile_Missing_ThrowsCatalogException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-catalog-{Guid.NewGuid():N}.json");
        FluentActions.Invoking(() => CatalogContribution.LoadFile(path)).Should().Throw<CatalogException>().WithMessage($"*{path}*");
    }

    [Fact]
    public void LoadEmbedded_MissingResource_ThrowsCatalogException()
    {
        FluentActions.Invoking(() => CatalogContribution.LoadEmbedded(typeof(CatalogContribution).Assembly, "nope.json"))
            .Should().Throw<CatalogException>().WithMessage("*nope.json*");
    }

    [Fact]
    public void EntityDefinition_InvalidId_Throws()
    {
        FluentActions.Invoking(() => new EntityDefinition("no colon")).Should().Throw<ArgumentException>().WithParameterName("Id");
        FluentActions.Invoking(() => new EntityDefinition("gov:")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullEntity_Throws()
    {
        FluentActions.Invoking(() => new CatalogContribution("x", [null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new CatalogContribution(" ", [])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ToJson_WritesArabicUnescapedAndParsesBack()
    {
        var c = CatalogContribution.Parse(Minimal.Replace("X Tower", "برج إكس", StringComparison.Ordinal), "min.json");
        var json = c.ToJson();
        json.Should().Contain("برج إكس").And.Contain("\"format\": \"claimtracker-catalog/1\"");
        CatalogContribution.Parse(json, "again").ToJson().Should().Be(json);
    }

    [Fact]
    public void ToJson_RandomContributions_RoundTrip()
    {
        var texts = Gen.Elements("Alpha", "Beta Land", "ألفا", "the \"quoted\" one", "O'Brien", "x\\y", "Zeta-9");
        var aliasGen =
            from text in texts
            from language in Gen.Elements("ar", "en", "fr")
            from kind in Gen.Elements(AliasKind.Abbreviation, AliasKind.Variant, AliasKind.Metonym, AliasKind.Demonym)
            select new EntityAlias(text, language, kind);
        var definitionGen =
            from n in Gen.Choose(0, 10000)
            from kind in Gen.Elements<EntityKind?>(null, EntityKind.Organization, EntityKind.Role)
            from flag in Gen.Elements<bool?>(null, true, false)
            from names in Gen.ListOf(texts)
            from aliases in Gen.ListOf(aliasGen)
            from linked in Gen.Elements(0, 1, 2)
            select new EntityDefinition($"x:e{n}")
            {
                Kind = kind,
                StateAffiliated = flag,
                Names = names.Count == 0
                    ? ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal)
                    : ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add("en", [.. names]),
                Aliases = [.. aliases],
                Links = linked == 0 ? [] : [new EntityLink(EntityLinkType.PartOf, "x:e" + linked)],
            };

        Prop.ForAll(Gen.ListOf(definitionGen).ToArbitrary(), definitions =>
        {
            var once = new CatalogContribution("gen", definitions).ToJson();
            var parsed = CatalogContribution.Parse(once, "gen");
            parsed.Entities.Should().HaveCount(definitions.Count);
            parsed.ToJson().Should().Be(once);
            for (var i = 0; i < definitions.Count; i++)
            {
                parsed.Entities[i].Aliases.Should().BeEquivalentTo(definitions[i].Aliases);
                parsed.Entities[i].Kind.Should().Be(definitions[i].Kind);
                parsed.Entities[i].StateAffiliated.Should().Be(definitions[i].StateAffiliated);
            }
        }).QuickCheckThrowOnFailure();
    }
}
