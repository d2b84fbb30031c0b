using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicTokenizerTests
{
    private static IReadOnlyList<Token> T(string s) => ArabicTokenizer.Instance.Tokenize(s);

    [Fact]
    public void Tokenize_SlashUnit_ThreeTokens()
    {
        var tokens = T("كم/ساعة");
        tokens.Select(t => t.Text).Should().Equal("كم", "/", "ساعة");
        tokens.Select(t => t.Kind).Should().Equal(TokenKind.Word, TokenKind.Punctuation, TokenKind.Word);
    }

    [Fact]
    public void Tokenize_MixedDigitSets_OneNumberEach()
    {
        var tokens = T("نما ١٢٫٥ و 3.5 و ۱۲,۰۰۰ و ١٬٢٥٠");
        tokens.Where(t => t.Kind == TokenKind.Number).Select(t => t.Text).Should().Equal("١٢٫٥", "3.5", "۱۲,۰۰۰", "١٬٢٥٠");
    }

    [Fact]
    public void Tokenize_NumberBeforeFullStop_StopIsPunctuation() =>
        T("في 2020.").Select(t => t.Text).Should().Equal("في", "2020", ".");

    [Fact]
    public void Tokenize_DigitsGluedToLetters_Split()
    {
        var tokens = T("2020م");
        tokens.Select(t => (t.Text, t.Kind)).Should().Equal(("2020", TokenKind.Number), ("م", TokenKind.Word));
    }

    [Fact]
    public void Tokenize_DiacriticsAndTatweelInsideWord_OneWord() =>
        T("مُحَمَّـد").Should().ContainSingle().Which.Should().Be(new Token(new TextSpan(0, 9), "مُحَمَّـد", TokenKind.Word));

    [Fact]
    public void Tokenize_ZwnjInsideWord_KeptInWord() =>
        T("می\u200Cخواهم").Should().ContainSingle().Which.Kind.Should().Be(TokenKind.Word);

    [Fact]
    public void Tokenize_LatinAndArabic_WordsAndPunctuation() =>
        T("قال (NATO): نعم؟").Select(t => t.Text).Should().Equal("قال", "(", "NATO", ")", ":", "نعم", "؟");

    [Fact]
    public void Tokenize_Emoji_OneOtherToken() =>
        T("a😀b").Select(t => (t.Text, t.Kind)).Should().Equal(("a", TokenKind.Word), ("😀", TokenKind.Other), ("b", TokenKind.Word));

    [Fact]
    public void Tokenize_WhitespaceAndControls_NotTokens() => T(" \t\n\0\u200F ").Should().BeEmpty();

    [Fact]
    public void Tokenize_Null_ThrowsNamingArgument()
    {
        var act = () => T(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }
}
