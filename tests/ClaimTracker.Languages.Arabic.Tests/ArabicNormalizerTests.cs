using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicNormalizerTests
{
    private static string N(string s) => ArabicNormalizer.Default.Normalize(s).Text;

    private static string N(string s, ArabicNormalizerOptions o) => new ArabicNormalizer(o).Normalize(s).Text;

    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("كِتَابٌ", "كتاب")]
    [InlineData("سُكْرٍ", "سكر")]
    public void Normalize_Harakat_Removed(string input, string expected) => N(input).Should().Be(expected);

    [Fact]
    public void Normalize_DaggerAlef_Removed() => N("هٰذا").Should().Be("هذا");

    [Fact]
    public void Normalize_QuranicMark_Removed() => N("الرحيم\u06DA").Should().Be("الرحيم");

    [Fact]
    public void Normalize_Tatweel_Removed() => N("كتـــاب").Should().Be("كتاب");

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسلام", "اسلام")]
    [InlineData("آخر", "اخر")]
    [InlineData("ٱلله", "الله")]
    public void Normalize_AlefVariants_BareAlef(string input, string expected) => N(input).Should().Be(expected);

    [Fact]
    public void Normalize_AlefMaqsura_Yeh() => N("مستشفى").Should().Be("مستشفي");

    [Fact]
    public void Normalize_TehMarbuta_KeptByDefault() => N("مدرسة").Should().Be("مدرسة");

    [Fact]
    public void Normalize_TehMarbutaOptionOn_Heh() =>
        N("مدرسة", ArabicNormalizerOptions.Default with { FoldTehMarbuta = true }).Should().Be("مدرسه");

    [Fact]
    public void Normalize_HamzaSeats_KeptByDefault() => N("مسؤول رئيس").Should().Be("مسؤول رئيس");

    [Fact]
    public void Normalize_HamzaSeatsOptionOn_BareLetters() =>
        N("مسؤول رئيس", ArabicNormalizerOptions.Default with { FoldHamzaSeats = true }).Should().Be("مسوول رييس");

    [Theory]
    [InlineData("کتاب", "كتاب")]
    [InlineData("یوم", "يوم")]
    public void Normalize_PersianLetters_Arabic(string input, string expected) => N(input).Should().Be(expected);

    [Theory]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۱۴۰۳", "1403")]
    public void Normalize_IndicDigits_Ascii(string input, string expected) => N(input).Should().Be(expected);

    [Theory]
    [InlineData("نعم، لا", "نعم, لا")]
    [InlineData("أولا؛ ثانيا", "اولا; ثانيا")]
    [InlineData("لماذا؟", "لماذا?")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٠٠٠", "1,000")]
    [InlineData("٥٠٪", "50%")]
    public void Normalize_ArabicPunctuation_Ascii(string input, string expected) => N(input).Should().Be(expected);

    [Fact]
    public void Normalize_LamAlefLigature_TwoLettersAtOneOffset()
    {
        var n = ArabicNormalizer.Default.Normalize("\uFEB3\uFEFC\uFEE1");
        n.Text.Should().Be("سلام");
        n.ToOriginalOffset(1).Should().Be(1);
        n.ToOriginalOffset(2).Should().Be(1);
        n.ToOriginal(new TextSpan(1, 2)).Should().Be(new TextSpan(1, 1));
    }

    [Fact]
    public void Normalize_LigatureWithHamza_ExpandedThenAlefFolded() => N("\uFEF7").Should().Be("لا");

    [Fact]
    public void Normalize_PhraseLigatureWithSpaces_LeftAsIs() => N("\uFDFA").Should().Be("\uFDFA");

    [Fact]
    public void Normalize_IsolatedHarakaForm_Removed() => N("ب\uFE70").Should().Be("ب");

    [Fact]
    public void Normalize_BidiAndJoiningControls_Removed() => N("\u200Fمرحبا\u200C\u200E\u2067").Should().Be("مرحبا");

    [Fact]
    public void Normalize_NoBreakSpace_AsciiSpace() => N("10\u00A0كم\u202Fتقريبا").Should().Be("10 كم تقريبا");

    [Fact]
    public void Normalize_OffsetsOfDeletedMarks_MapBack()
    {
        var original = "قَالَ الوزيـر";
        var n = ArabicNormalizer.Default.Normalize(original);
        n.Text.Should().Be("قال الوزير");
        n.ToOriginal(new TextSpan(0, 3)).Slice(original).Should().Be("قَالَ");
        n.ToOriginal(new TextSpan(4, 6)).Slice(original).Should().Be("الوزيـر");
    }

    [Fact]
    public void Normalize_OptionsNone_ReturnsInputUnchanged()
    {
        var s = "أَحمدُ ٣٫٥ کتاب\u200F ﻻ";
        N(s, ArabicNormalizerOptions.None).Should().Be(s);
    }

    [Fact]
    public void Normalize_DigitsOff_KeepsIndicDigits() =>
        N("٢٠٢٤", ArabicNormalizerOptions.Default with { FoldDigits = false }).Should().Be("٢٠٢٤");

    [Fact]
    public void Normalize_OptionsAll_FoldsEverything() => N("مسؤولة", ArabicNormalizerOptions.All).Should().Be("مسووله");

    [Fact]
    public void Normalize_LoneSurrogatesAndNul_CopiedUnchanged()
    {
        var s = "\uD800ب\0\uDC00";
        N(s).Should().Be(s);
    }

    [Fact]
    public void Normalize_Null_ThrowsNamingArgument()
    {
        var act = () => ArabicNormalizer.Default.Normalize(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Constructor_NullOptions_ThrowsNamingArgument()
    {
        var act = () => new ArabicNormalizer(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Explain_EachChange_NamesItsRule()
    {
        var changes = ArabicNormalizer.Default.Explain("أَحمد ٣");
        changes.Should().Equal(
            new ArabicNormalizationChange(0, "أ", "ا", ArabicNormalizationRule.Alef),
            new ArabicNormalizationChange(1, "\u064E", "", ArabicNormalizationRule.Diacritic),
            new ArabicNormalizationChange(6, "٣", "3", ArabicNormalizationRule.Digit));
    }

    [Fact]
    public void Explain_Ligature_DecompositionThenFolding()
    {
        var changes = ArabicNormalizer.Default.Explain("\uFEF7");
        changes.Select(c => c.Rule).Should().Equal(ArabicNormalizationRule.PresentationForm, ArabicNormalizationRule.Alef);
        changes[0].After.Should().Be("لأ");
    }

    [Fact]
    public void Explain_DisabledRule_NotReported() =>
        new ArabicNormalizer(ArabicNormalizerOptions.Default with { RemoveTatweel = false }).Explain("كتـاب").Should().BeEmpty();

    [Fact]
    public void IsEnabled_EveryRule_MatchesItsProperty()
    {
        foreach (var rule in Enum.GetValues<ArabicNormalizationRule>())
        {
            ArabicNormalizerOptions.All.IsEnabled(rule).Should().BeTrue();
            ArabicNormalizerOptions.None.IsEnabled(rule).Should().BeFalse();
        }

        ArabicNormalizerOptions.Default.IsEnabled(ArabicNormalizationRule.TehMarbuta).Should().BeFalse();
        ArabicNormalizerOptions.Default.IsEnabled(ArabicNormalizationRule.HamzaSeat).Should().BeFalse();
        ArabicNormalizerOptions.Default.IsEnabled(ArabicNormalizationRule.AlefMaqsura).Should().BeTrue();
    }

    [Fact]
    public void IsEnabled_UndefinedRule_Throws()
    {
        var act = () => ArabicNormalizerOptions.Default.IsEnabled((ArabicNormalizationRule)99);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rule");
    }
}
