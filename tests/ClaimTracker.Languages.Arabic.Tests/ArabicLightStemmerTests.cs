using ClaimTracker.Languages.Arabic;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicLightStemmerTests
{
    private static string Stem(string w) => ArabicLightStemmer.Instance.Stem(w);

    [Theory]
    [InlineData("الحسن", "حسن")]
    [InlineData("والحسن", "حسن")]
    [InlineData("بالحسن", "حسن")]
    [InlineData("كالحسن", "حسن")]
    [InlineData("فالحسن", "حسن")]
    [InlineData("للاخر", "اخر")]
    public void Stem_DefiniteArticles_Removed(string word, string stem) => Stem(word).Should().Be(stem);

    [Theory]
    [InlineData("وحسن", "حسن")]
    [InlineData("ولد", "ولد")]
    public void Stem_Waw_RemovedOnlyWhenThreeLettersRemain(string word, string stem) => Stem(word).Should().Be(stem);

    [Theory]
    [InlineData("زوجها", "زوج")]
    [InlineData("ساهدان", "ساهد")]
    [InlineData("ساهدات", "ساهد")]
    [InlineData("ساهدون", "ساهد")]
    [InlineData("ساهدين", "ساهد")]
    [InlineData("ساهديه", "ساهد")]
    [InlineData("ساهدية", "ساهد")]
    [InlineData("ساهده", "ساهد")]
    [InlineData("ساهدة", "ساهد")]
    [InlineData("ساهدي", "ساهد")]
    public void Stem_Suffixes_Removed(string word, string stem) => Stem(word).Should().Be(stem);

    [Theory]
    [InlineData("وساهدون", "ساهد")]
    [InlineData("ساهدهات", "ساهد")]
    [InlineData("بالمدرسة", "مدرس")]
    public void Stem_Combinations_AllStepsApply(string word, string stem) => Stem(word).Should().Be(stem);

    [Theory]
    [InlineData("الو")]
    [InlineData("وا")]
    [InlineData("بها")]
    [InlineData("")]
    public void Stem_TooShort_Unchanged(string word) => Stem(word).Should().Be(word);

    [Fact]
    public void Stem_WawInitialRoot_OverStemmedAsInLight10() => Stem("وزير").Should().Be("زير");

    [Fact]
    public void Stem_Null_ThrowsNamingArgument()
    {
        var act = () => Stem(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("word");
    }
}
