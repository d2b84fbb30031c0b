using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicCliticsTests
{
    private static string Split(string word) => ArabicClitics.Split(word).ToString();

    [Theory]
    [InlineData("وقال", "و+قال")]
    [InlineData("فيقول", "ف+يقول")]
    [InlineData("بموسكو", "ب+موسكو")]
    [InlineData("كالمصدر", "ك+ال+مصدر")]
    [InlineData("لروسيا", "ل+روسيا")]
    [InlineData("سيعلن", "س+يعلن")]
    [InlineData("الحكومة", "ال+حكومة")]
    public void Split_EachProclitic_Separated(string word, string expected) => Split(word).Should().Be(expected);

    [Theory]
    [InlineData("للحكومة", "ل+ال+حكومة")]
    [InlineData("بالمدينة", "ب+ال+مدينة")]
    [InlineData("وبالمدينة", "و+ب+ال+مدينة")]
    [InlineData("فسيعلن", "ف+س+يعلن")]
    [InlineData("اليوم", "ال+يوم")]
    [InlineData("والاتحاد", "و+ال+اتحاد")]
    [InlineData("والدول", "و+ال+دول")]
    [InlineData("بقيادة", "ب+قيادة")]
    [InlineData("سيدخل", "س+يدخل")]
    [InlineData("اليهود", "ال+يهود")]
    [InlineData("اليها", "الي+ها")]
    public void Split_StackedProclitics_InReadingOrder(string word, string expected) => Split(word).Should().Be(expected);

    [Theory]
    [InlineData("كتابه", "ه")]
    [InlineData("كتابها", "ها")]
    [InlineData("كتابهم", "هم")]
    [InlineData("كتابهما", "هما")]
    [InlineData("كتابهن", "هن")]
    [InlineData("كتابكم", "كم")]
    [InlineData("كتابكن", "كن")]
    [InlineData("كتابنا", "نا")]
    public void Split_EachEnclitic_Separated(string word, string enclitic)
    {
        var a = ArabicClitics.Split(word);
        a.Enclitic.Should().Be(enclitic);
        a.Stem.Should().Be("كتاب");
        a.Proclitics.Should().BeEmpty();
    }

    [Fact]
    public void Split_YaAndKaf_OnlyWhenAsked()
    {
        ArabicClitics.Split("كتابي").Enclitic.Should().BeNull();
        ArabicClitics.Split("كتابك").Enclitic.Should().BeNull();
        ArabicClitics.Split("كتابي", ArabicClitics.DefaultMinStemLength, splitYaAndKaf: true).ToString().Should().Be("كتاب+ي");
        ArabicClitics.Split("كتابك", ArabicClitics.DefaultMinStemLength, splitYaAndKaf: true).ToString().Should().Be("كتاب+ك");
    }

    [Theory]
    [InlineData("فلاديمير")]
    [InlineData("فوائد")]
    [InlineData("كيفية")]
    [InlineData("بينما")]
    [InlineData("بولندا")]
    [InlineData("نيويورك")]
    public void Split_NamesAndWordsStartingWithCliticLetters_KeptWhole(string word) =>
        ArabicClitics.Split(word).ToString().Should().Be(word);

    [Theory]
    [InlineData("فالحكومة", "ف+ال+حكومة")]
    [InlineData("فسيكون", "ف+س+يكون")]
    [InlineData("فللحكومة", "ف+ل+ال+حكومة")]
    public void Split_FehBeforeAnotherClitic_Split(string word, string expected) => Split(word).Should().Be(expected);

    [Fact]
    public void Split_ProcliticAndEnclitic_Both() => Split("وكتابهم").Should().Be("و+كتاب+هم");

    [Theory]
    [InlineData("بيت")]
    [InlineData("كتاب")]
    [InlineData("بيته")]
    [InlineData("ولد")]
    [InlineData("وزير")]
    [InlineData("وزارة")]
    [InlineData("فرنسا")]
    [InlineData("ليبيا")]
    [InlineData("سياسة")]
    [InlineData("الذين")]
    [InlineData("التقي")]
    [InlineData("روسي")]
    [InlineData("منهم")]
    public void Split_ConservativeCases_WordKeptWhole(string word)
    {
        var a = ArabicClitics.Split(word);
        a.Stem.Should().Be(word);
        a.Proclitics.Should().BeEmpty();
        a.Enclitic.Should().BeNull();
    }

    [Fact]
    public void Split_ArticleWord_NoEnclitic() => Split("الحكم").Should().Be("ال+حكم");

    [Fact]
    public void Split_StemSpan_PointsIntoWord()
    {
        var a = ArabicClitics.Split("وبالمدينة");
        a.StemSpan.Should().Be(TextSpan.FromBounds(4, 9));
        a.IsDefinite.Should().BeTrue();
        a.Word.Should().Be("وبالمدينة");
    }

    [Fact]
    public void Split_LongerMinimumStem_SplitsLess() =>
        ArabicClitics.Split("وقال", 4).ToString().Should().Be("وقال");

    [Fact]
    public void Split_MinimumBelowTwo_ThrowsNamingArgument()
    {
        var act = () => ArabicClitics.Split("وقال", 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minStemLength");
    }

    [Fact]
    public void Split_Null_ThrowsNamingArgument()
    {
        var act = () => ArabicClitics.Split(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("word");
    }
}
