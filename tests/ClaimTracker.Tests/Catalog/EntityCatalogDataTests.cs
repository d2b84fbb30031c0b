using System.Text.Json;
using ClaimTracker.Catalog;

namespace ClaimTracker.Tests.Catalog;

public class EntityCatalogDataTests
{
    private static EntityCatalog Catalog => CatalogTestData.Catalog;

    [Fact]
    public void UnMemberStateList_Has193DistinctCodes()
    {
        CatalogTestData.UnMemberStates.Distinct().Should().HaveCount(193);
    }

    [Fact]
    public void Build_PackContributions_MergeWithoutConflict()
    {
        Catalog.Count.Should().BeGreaterThan(500);
        Catalog.Languages.Should().Equal("ar", "en");
    }

    [Fact]
    public void Catalog_EveryUnMemberAndObserverState_HasArabicAndEnglishNames()
    {
        var states = CatalogTestData.UnMemberStates.Concat(["PS", "VA", "TW", "XK"]);
        foreach (var code in states)
        {
            Catalog.TryGet("gov:" + code, out var entity).Should().BeTrue($"gov:{code} must be in the catalog");
            entity!.Kind.Should().Be(EntityKind.Government);
            entity.Country.Should().Be(code);
            entity.NameIn("en").Should().NotBeNullOrEmpty($"gov:{code} needs an English name");
            entity.NameIn("ar").Should().NotBeNullOrEmpty($"gov:{code} needs an Arabic name");
            entity.NameIn("ar")!.Should().MatchRegex("^[\u0600-\u06FF ]+$", $"the Arabic name of gov:{code} is written in Arabic");
        }
    }

    [Fact]
    public void Catalog_Governments_AreExactlyTheMemberObserverAndListedStates()
    {
        var expected = CatalogTestData.UnMemberStates.Concat(["PS", "VA", "TW", "XK"]).Select(c => "gov:" + c).Order(StringComparer.Ordinal);
        Catalog.Entities.Where(e => e.Kind == EntityKind.Government).Select(e => e.Id).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Pyongyang", "en", "gov:KP")]
    [InlineData("DPRK", "en", "gov:KP")]
    [InlineData("Democratic People's Republic of Korea", "en", "gov:KP")]
    [InlineData("بيونغ يانغ", "ar", "gov:KP")]
    [InlineData("بيونغيانغ", "ar", "gov:KP")]
    [InlineData("بيونج يانج", "ar", "gov:KP")]
    [InlineData("كوريا الديمقراطية", "ar", "gov:KP")]
    [InlineData("جمهورية كوريا الشعبية الديمقراطية", "ar", "gov:KP")]
    [InlineData("Moscow", "en", "gov:RU")]
    [InlineData("Kremlin", "en", "gov:RU")]
    [InlineData("الكرملين", "ar", "gov:RU")]
    [InlineData("موسكو", "ar", "gov:RU")]
    [InlineData("Washington", "en", "gov:US")]
    [InlineData("White House", "en", "gov:US")]
    [InlineData("واشنطن", "ar", "gov:US")]
    [InlineData("البيت الأبيض", "ar", "gov:US")]
    [InlineData("أمريكا", "ar", "gov:US")]
    [InlineData("أميركا", "ar", "gov:US")]
    [InlineData("Seoul", "en", "gov:KR")]
    [InlineData("سيول", "ar", "gov:KR")]
    [InlineData("Kyiv", "en", "gov:UA")]
    [InlineData("Kiev", "en", "gov:UA")]
    [InlineData("كييف", "ar", "gov:UA")]
    [InlineData("Beijing", "en", "gov:CN")]
    [InlineData("Zhongnanhai", "en", "gov:CN")]
    [InlineData("بكين", "ar", "gov:CN")]
    [InlineData("Downing Street", "en", "gov:GB")]
    [InlineData("Elysee", "en", "gov:FR")]
    [InlineData("الإليزيه", "ar", "gov:FR")]
    public void Lookup_NamesAndMetonyms_ResolveToGovernment(string alias, string language, string expected)
    {
        Catalog.Lookup(alias, language).Select(c => c.Entity.Id).Should().Contain(expected);
    }

    [Fact]
    public void Lookup_Capital_ReturnsGovernmentAsMetonymAndPlace()
    {
        var candidates = Catalog.Lookup("Pyongyang", "en");
        candidates.Should().Contain(c => c.Entity.Id == "gov:KP" && c.Alias.Kind == AliasKind.Metonym);
        var place = candidates.Should().Contain(c => c.Entity.Kind == EntityKind.Place).Which.Entity;
        place.Links.Should().Contain(new EntityLink(EntityLinkType.CapitalOf, "gov:KP"));
    }

    [Theory]
    [InlineData("North Korean", "gov:KP")]
    [InlineData("North Koreans", "gov:KP")]
    [InlineData("Russians", "gov:RU")]
    [InlineData("American", "gov:US")]
    [InlineData("British", "gov:GB")]
    [InlineData("Chinese", "gov:CN")]
    public void Lookup_EnglishDemonyms_ResolveToGovernment(string alias, string expected)
    {
        Catalog.Lookup(alias, "en").Should().ContainSingle(c => c.Entity.Id == expected).Which.Alias.Kind.Should().Be(AliasKind.Demonym);
    }

    [Theory]
    [InlineData("Pentagon", "en")]
    [InlineData("البنتاغون", "ar")]
    [InlineData("State Department", "en")]
    public void ResolveOrigin_UsDepartments_IsUsGovernment(string alias, string language)
    {
        var department = Catalog.Lookup(alias, language).Should().ContainSingle().Which.Entity;
        department.Id.Should().NotBe("gov:US");
        Catalog.ResolveOrigin(department.Id).Id.Should().Be("gov:US");
    }

    [Theory]
    [InlineData("outlet:kcna", "gov:KP")]
    [InlineData("outlet:tass", "gov:RU")]
    [InlineData("outlet:ria-novosti", "gov:RU")]
    [InlineData("outlet:xinhua", "gov:CN")]
    [InlineData("person:dmitry-peskov", "gov:RU")]
    public void ResolveOrigin_StateAgenciesAndSpokespeople_ResolveToTheirGovernment(string id, string expected)
    {
        Catalog.ResolveOrigin(id).Id.Should().Be(expected);
    }

    [Theory]
    [InlineData("outlet:kcna")]
    [InlineData("outlet:tass")]
    [InlineData("outlet:ria-novosti")]
    public void Catalog_StateAgencies_AreFlaggedStateAffiliated(string id)
    {
        Catalog.Get(id).IsStateAffiliated.Should().BeTrue();
    }

    [Fact]
    public void Catalog_IndependentOutlet_IsNotStateAffiliatedAndResolvesToItself()
    {
        Catalog.Get("outlet:reuters").IsStateAffiliated.Should().BeFalse();
        Catalog.ResolveOrigin("outlet:reuters").Id.Should().Be("outlet:reuters");
    }

    [Fact]
    public void Catalog_SecurityCouncil_IsPartOfTheUn()
    {
        Catalog.Get("org:un-security-council").Links.Should().Contain(new EntityLink(EntityLinkType.PartOf, "org:un"));
        Catalog.Lookup("مجلس الأمن", "ar").Select(c => c.Entity.Id).Should().Equal("org:un-security-council");
    }

    [Fact]
    public void Catalog_BriefOutlets_AllPresentWithBothLanguages()
    {
        string[] outlets =
        [
            "reuters", "ap", "afp", "tass", "ria-novosti", "kcna", "yonhap", "xinhua", "bbc", "cnn", "nyt", "washington-post", "wsj",
            "guardian", "telegraph", "al-jazeera", "al-arabiya", "sky-news-arabia", "france24", "dw", "rt", "sputnik", "interfax",
            "anadolu", "efe", "ansa", "kyodo", "nhk", "bloomberg", "financial-times", "economist", "le-monde", "spiegel",
            "asharq-al-awsat", "irna", "wam", "spa", "mena", "petra", "sana", "ina", "qna", "kuna", "bna", "ona", "aps", "map", "tap",
        ];
        foreach (var outlet in outlets)
        {
            var entity = Catalog.Get("outlet:" + outlet);
            entity.Kind.Should().Be(EntityKind.Outlet);
            entity.NameIn("en").Should().NotBeNull(outlet);
            entity.NameIn("ar").Should().NotBeNull(outlet);
        }
    }

    [Fact]
    public void Catalog_EveryEntity_HasNamesInBothLanguages()
    {
        Catalog.Entities.Where(e => e.NameIn("en") is null || e.NameIn("ar") is null).Select(e => e.Id).Should().BeEmpty();
    }

    [Fact]
    public void PackFiles_Ids_AreUniqueAndWellFormed()
    {
        foreach (var path in new[] { CatalogTestData.EnglishPath, CatalogTestData.ArabicPath })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var ids = doc.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            ids.Should().OnlyHaveUniqueItems(path);
            ids.Should().OnlyContain(id => id.Contains(':') && !id.Contains(' '));
        }
    }

    [Fact]
    public void PackFiles_DefineTheSameIds()
    {
        CatalogTestData.English.Entities.Select(e => e.Id).Should().BeEquivalentTo(CatalogTestData.Arabic.Entities.Select(e => e.Id));
    }

    [Fact]
    public void PackFiles_EnglishFileHasNoArabicAndArabicFileNoEnglishLanguage()
    {
        CatalogTestData.English.Entities.SelectMany(e => e.Names.Keys.Concat(e.Aliases.Select(a => a.Language))).Distinct().Should().Equal("en");
        CatalogTestData.Arabic.Entities.SelectMany(e => e.Names.Keys.Concat(e.Aliases.Select(a => a.Language))).Distinct().Should().Equal("ar");
    }

    [Fact]
    public void PackFiles_RoundTripThroughTheFormat()
    {
        foreach (var contribution in new[] { CatalogTestData.English, CatalogTestData.Arabic })
        {
            var json = contribution.ToJson();
            var again = CatalogContribution.Parse(json, "again");
            again.ToJson().Should().Be(json);
            again.Entities.Should().HaveCount(contribution.Entities.Length);
        }
    }
}
