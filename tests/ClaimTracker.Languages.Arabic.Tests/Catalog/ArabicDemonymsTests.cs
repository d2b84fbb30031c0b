using ClaimTracker.Languages.Arabic.Catalog;

namespace ClaimTracker.Languages.Arabic.Tests.Catalog;

public class ArabicDemonymsTests
{
    [Fact]
    public void Inflect_Nisba_GivesEveryGenderNumberAndDefiniteForm()
    {
        var forms = ArabicDemonyms.Inflect("روسي");

        forms[0].Should().Be("روسي");
        forms.Should().Contain(["روسية", "روسيون", "روسيين", "روسيات", "روسيان", "روسيتان", "روسيتين"]);
        forms.Should().Contain(["الروسي", "الروسية", "الروسيون", "الروسيين", "الروسيات"]);
        forms.Should().HaveCount(16).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Inflect_Compound_AgreesOnEveryWord()
    {
        var forms = ArabicDemonyms.Inflect("كوري شمالي");

        forms.Should().Contain(["كورية شمالية", "الكوري الشمالي", "الكورية الشمالية", "الكوريون الشماليون", "الكوريين الشماليين"]);
        forms.Should().NotContain("الكوري شمالي");
    }

    [Fact]
    public void Inflect_BrokenPlural_AddsOnlyTheArticle()
    {
        ArabicDemonyms.Inflect("روس").Should().Equal("روس", "الروس");
        ArabicDemonyms.Inflect("الأتراك").Should().Equal("الأتراك");
    }

    [Fact]
    public void Inflect_HamzaInitial_KeepsHamzaAfterArticle()
    {
        ArabicDemonyms.Inflect("أمريكي").Should().Contain(["الأمريكي", "الأمريكيين", "أمريكية"]);
    }

    [Fact]
    public void Inflect_BlankOrNull()
    {
        ArabicDemonyms.Inflect("  ").Should().BeEmpty();
        FluentActions.Invoking(() => ArabicDemonyms.Inflect(null!)).Should().Throw<ArgumentNullException>();
    }
}
