using ClaimTracker.Languages.English.Text;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests.Text;

public class EnglishTokenizerTests
{
    private static (string, TokenKind)[] Tok(string text) =>
        EnglishTokenizer.Instance.Tokenize(text).Select(t => (t.Text, t.Kind)).ToArray();

    [Fact]
    public void Tokenize_WordsAndPunctuation_Split() =>
        Tok("Talks ended, officials said.").Should().Equal(
            ("Talks", TokenKind.Word), ("ended", TokenKind.Word), (",", TokenKind.Punctuation),
            ("officials", TokenKind.Word), ("said", TokenKind.Word), (".", TokenKind.Punctuation));

    [Theory]
    [InlineData("don't")]
    [InlineData("O'Brien")]
    [InlineData("we\u2019ll")]
    [InlineData("well-known")]
    [InlineData("G7")]
    [InlineData("caf\u00E9")]
    [InlineData("cafe\u0301")]
    public void Tokenize_WordWithInternalMarks_OneWord(string word) =>
        Tok(word).Should().Equal((word, TokenKind.Word));

    [Fact]
    public void Tokenize_Possessive_SplitOff() =>
        Tok("North Korea's army").Should().Equal(
            ("North", TokenKind.Word), ("Korea", TokenKind.Word), ("'s", TokenKind.Word), ("army", TokenKind.Word));

    [Fact]
    public void Tokenize_CurlyPossessive_SplitOff() =>
        Tok("Iran\u2019s").Should().Equal(("Iran", TokenKind.Word), ("\u2019s", TokenKind.Word));

    [Fact]
    public void Tokenize_WordStartingWithApostropheS_NotSplit() =>
        Tok("O'Sullivan").Should().Equal(("O'Sullivan", TokenKind.Word));

    [Fact]
    public void Tokenize_PluralPossessive_ApostropheIsPunctuation() =>
        Tok("ministers' talks").Should().Equal(
            ("ministers", TokenKind.Word), ("'", TokenKind.Punctuation), ("talks", TokenKind.Word));

    [Theory]
    [InlineData("1,234.56")]
    [InlineData("3.5")]
    [InlineData("2024")]
    [InlineData("\u0661\u0662")]
    public void Tokenize_Number_OneToken(string number) => Tok(number).Should().Equal((number, TokenKind.Number));

    [Fact]
    public void Tokenize_NumberFollowedByPunctuation_SeparatorNotSwallowed() =>
        Tok("rose 5, then 6.").Should().Equal(
            ("rose", TokenKind.Word), ("5", TokenKind.Number), (",", TokenKind.Punctuation),
            ("then", TokenKind.Word), ("6", TokenKind.Number), (".", TokenKind.Punctuation));

    [Fact]
    public void Tokenize_NumberWithUnit_Split() =>
        Tok("10km").Should().Equal(("10", TokenKind.Number), ("km", TokenKind.Word));

    [Fact]
    public void Tokenize_HyphenBeforeDigit_Split() =>
        Tok("F-16").Should().Equal(("F", TokenKind.Word), ("-", TokenKind.Punctuation), ("16", TokenKind.Number));

    [Fact]
    public void Tokenize_Ellipsis_OneToken() =>
        Tok("wait...").Should().Equal(("wait", TokenKind.Word), ("...", TokenKind.Punctuation));

    [Fact]
    public void Tokenize_Symbols_Punctuation() =>
        Tok("$5 & 7%").Should().Equal(
            ("$", TokenKind.Punctuation), ("5", TokenKind.Number), ("&", TokenKind.Punctuation),
            ("7", TokenKind.Number), ("%", TokenKind.Punctuation));

    [Fact]
    public void Tokenize_Emoji_OtherAndNotSplit() =>
        Tok("ok \uD83D\uDE00").Should().Equal(("ok", TokenKind.Word), ("\uD83D\uDE00", TokenKind.Other));

    [Fact]
    public void Tokenize_LoneSurrogateAndControl_Other() =>
        Tok("\uD83D\u0001").Should().Equal(("\uD83D", TokenKind.Other), ("\u0001", TokenKind.Other));

    [Fact]
    public void Tokenize_SoftHyphenInWord_JoinsWord() =>
        Tok("co\u00ADoperate").Should().Equal(("co\u00ADoperate", TokenKind.Word));

    [Fact]
    public void Tokenize_Spans_PointIntoText()
    {
        const string text = "  Iran's  oil";
        var tokens = EnglishTokenizer.Instance.Tokenize(text);
        tokens.Select(t => t.Span).Should().Equal(TextSpan.FromBounds(2, 6), TextSpan.FromBounds(6, 8), TextSpan.FromBounds(10, 13));
        tokens.Should().OnlyContain(t => t.Span.Slice(text) == t.Text);
    }

    [Fact]
    public void Tokenize_Null_Throws() =>
        FluentActions.Invoking(() => EnglishTokenizer.Instance.Tokenize(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
}
