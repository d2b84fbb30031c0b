using ClaimTracker.Languages.Arabic;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicStopwordsTests
{
    [Theory]
    [InlineData("في")]
    [InlineData("إلى")]
    [InlineData("الذي")]
    [InlineData("هذه")]
    public void Contains_FunctionWord_True(string word) => ArabicStopwords.Contains(word).Should().BeTrue();

    [Theory]
    [InlineData("حكومة")]
    [InlineData("صاروخ")]
    public void Contains_ContentWord_False(string word) => ArabicStopwords.Contains(word).Should().BeFalse();

    [Fact]
    public void Words_NormalizedAndSorted()
    {
        var words = ArabicStopwords.Words;
        words.Should().HaveCountGreaterThan(100).And.BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        words.Should().OnlyContain(w => w == ArabicNormalizer.Default.NormalizeString(w));
    }

    [Fact]
    public void Contains_Null_ThrowsNamingArgument()
    {
        var act = () => ArabicStopwords.Contains(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("word");
    }
}
