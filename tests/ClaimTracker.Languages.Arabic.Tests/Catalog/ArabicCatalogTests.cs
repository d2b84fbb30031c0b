using ClaimTracker.Catalog;
using ClaimTracker.Languages.Arabic.Catalog;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.Arabic.Tests.Catalog;

public class ArabicCatalogTests
{
    private static readonly EntityCatalog Catalog = new EntityCatalogBuilder().Add(ArabicCatalog.Load()).Build();

    // A minimal matching normalization for these tests: hamza-seated alefs to bare alef, no diacritics or tatweel.
    private static readonly Func<string, string> Fold = s => new string(s
        .Where(c => c != '\u0640' && (c < '\u064B' || c > '\u0652'))
        .Select(c => c is '\u0623' or '\u0625' or '\u0622' ? '\u0627' : c)
        .ToArray());

    [Fact]
    public void Load_EmbeddedFile_BuildsOnItsOwn()
    {
        Catalog.Count.Should().BeGreaterThan(500);
        Catalog.Languages.Should().Equal("ar");
        ArabicCatalog.Load().Should().BeSameAs(ArabicCatalog.Load());
    }

    [Theory]
    [InlineData("أمريكية", "gov:US")]
    [InlineData("الأمريكيين", "gov:US")]
    [InlineData("الأميركي", "gov:US")]
    [InlineData("أميركيون", "gov:US")]
    [InlineData("الأمريكان", "gov:US")]
    [InlineData("الكوري الشمالي", "gov:KP")]
    [InlineData("الكورية الشمالية", "gov:KP")]
    [InlineData("كوريون شماليون", "gov:KP")]
    [InlineData("الكوري الجنوبي", "gov:KR")]
    [InlineData("روسي", "gov:RU")]
    [InlineData("الروسية", "gov:RU")]
    [InlineData("روسيون", "gov:RU")]
    [InlineData("روسيين", "gov:RU")]
    [InlineData("الروس", "gov:RU")]
    [InlineData("الأوكرانية", "gov:UA")]
    [InlineData("الصينيين", "gov:CN")]
    [InlineData("السعوديون", "gov:SA")]
    public void Lookup_DemonymForms_ResolveToGovernment(string alias, string expected)
    {
        Catalog.Lookup(alias, "ar").Select(c => c.Entity.Id).Should().Contain(expected);
    }

    [Theory]
    [InlineData("امريكا", "gov:US")]
    [InlineData("الامريكية", "gov:US")]
    [InlineData("اوكرانيا", "gov:UA")]
    public void Lookup_WithNormalize_MatchesUnhamzatedSpelling(string alias, string expected)
    {
        Catalog.Lookup(alias, "ar").Should().BeEmpty("without normalization hamza matters");
        Catalog.Lookup(alias, "ar", Fold).Select(c => c.Entity.Id).Should().Contain(expected);
    }

    [Theory]
    [InlineData("الكرملين", "gov:RU")]
    [InlineData("بيونغ يانغ", "gov:KP")]
    [InlineData("بيونج يانج", "gov:KP")]
    [InlineData("واشنطن", "gov:US")]
    [InlineData("الولايات المتحدة", "gov:US")]
    [InlineData("البنتاغون", "gov:US")]
    [InlineData("وكالة الأنباء المركزية الكورية", "gov:KP")]
    [InlineData("ريا نوفوستي", "gov:RU")]
    public void ResolveOrigin_ArabicAliases_ReachTheGovernment(string alias, string expected)
    {
        var candidate = Catalog.Lookup(alias, "ar").Should().ContainSingle(c => c.Entity.Kind != EntityKind.Place).Subject;
        Catalog.ResolveOrigin(candidate.Entity.Id).Id.Should().Be(expected);
    }

    [Fact]
    public void Load_EveryEntity_HasAnArabicName()
    {
        Catalog.Entities.Where(e => e.NameIn("ar") is null).Should().BeEmpty();
    }

    [Theory]
    [InlineData("كيف")]
    [InlineData("العربية")]
    [InlineData("الجزيرة")]
    [InlineData("الشرق الأوسط")]
    [InlineData("بنا")]
    public void Lookup_CommonWords_AreNotAliases(string word)
    {
        Catalog.Lookup(word, "ar").Should().BeEmpty();
    }

    [Fact]
    public void Load_MaliHasNoDemonym_SoTheWordForFinancialIsNotTakenForIt()
    {
        Catalog.Lookup("المالية", "ar").Should().BeEmpty();
    }

    [Fact]
    public void InflectDemonyms_UserFile_ExpandsArabicDemonymsOnly()
    {
        var user = CatalogContribution.Parse("""
            {
              "format": "claimtracker-catalog/1",
              "entities": [ { "id": "gov:XA", "kind": "government",
                "aliases": { "ar": { "demonym": ["ألفي"], "metonym": ["ألفي"] }, "en": { "demonym": ["Alphi"] } } } ]
            }
            """, "user.json");

        var aliases = ArabicCatalog.InflectDemonyms(user).Entities[0].Aliases;

        aliases.Where(a => a.Language == "ar" && a.Kind == AliasKind.Demonym).Select(a => a.Text).Should().Contain(["ألفية", "الألفيين"]);
        aliases.Should().ContainSingle(a => a.Kind == AliasKind.Metonym);
        aliases.Should().ContainSingle(a => a.Language == "en");
    }

    [Theory]
    [InlineData("وموسكو", "موسكو")]
    [InlineData("فموسكو", "موسكو")]
    [InlineData("بموسكو", "موسكو")]
    [InlineData("لواشنطن", "واشنطن")]
    [InlineData("ولواشنطن", "واشنطن")]
    [InlineData("للولايات", "الولايات")]
    [InlineData("وللولايات", "الولايات")]
    [InlineData("بالكرملين", "الكرملين")]
    [InlineData("كالكرملين", "الكرملين")]
    [InlineData("والكرملين", "الكرملين")]
    public void ProcliticVariants_StripsConjunctionsAndPrepositions(string token, string expected)
    {
        ArabicCatalog.ProcliticVariants(token).Should().Contain(expected);
    }

    [Theory]
    [InlineData("وام")]
    [InlineData("بك")]
    [InlineData("")]
    public void ProcliticVariants_TooShort_GivesNothing(string token)
    {
        ArabicCatalog.ProcliticVariants(token).Should().BeEmpty();
    }

    [Fact]
    public void ProcliticVariants_RandomStrings_NeverThrowAndNeverReturnTheToken()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            var token = s ?? "";
            foreach (var variant in ArabicCatalog.ProcliticVariants(token))
            {
                variant.Should().NotBe(token);
                variant.Length.Should().BeGreaterThanOrEqualTo(3);
                (token.EndsWith(variant, StringComparison.Ordinal) || token.EndsWith(variant.Substring(1), StringComparison.Ordinal))
                    .Should().BeTrue("a variant is the token minus a prefix (with the article restored after lam-lam)");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AliasMatcher_ArabicSentenceWithProclitics_FindsLongestAliases()
    {
        // Written for this test.
        const string text = "وقالت وكالة الأنباء المركزية الكورية إن بيونغ يانغ أبلغت للولايات المتحدة رسالة، بينما صمت الكرملين والبيت الأبيض.";
        var matcher = new AliasMatcher(Catalog, "ar", ArabicCatalog.MatcherOptions(Fold));

        var matches = matcher.Match(text);

        matches.Select(m => m.Span.Slice(text)).Should().Equal(
            "وكالة الأنباء المركزية الكورية", "بيونغ يانغ", "للولايات المتحدة", "الكرملين", "والبيت الأبيض");
        matches.Select(m => Catalog.ResolveOrigin(m.Candidates.First(c => c.Entity.Kind != EntityKind.Place).Entity.Id).Id)
            .Should().Equal("gov:KP", "gov:KP", "gov:US", "gov:RU", "gov:US");
        matches.Select(m => m.StrippedLeading).Should().Equal(false, false, true, false, true);
    }

    [Fact]
    public void AliasMatcher_DemonymAfterNoun_IsFound()
    {
        const string text = "قال مسؤولون أمريكيون إن الصواريخ الكورية الشمالية سقطت";
        var matcher = new AliasMatcher(Catalog, "ar", ArabicCatalog.MatcherOptions(Fold));

        var ids = matcher.Match(text).Select(m => m.Candidates.Select(c => c.Entity.Id).ToArray()).ToArray();

        ids.Should().ContainSingle(c => c.Contains("gov:US"));
        ids.Should().ContainSingle(c => c.Contains("gov:KP"));
        ids.Should().ContainSingle(c => c.Contains("role:official"));
    }
}
