using System.Globalization;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// Splits Arabic (and mixed Arabic/Latin) text into words, numbers, punctuation and other tokens.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description><b>Word</b>: a run of letters of any script (tatweel is a letter) and the combining marks,
/// ZWNJ and ZWJ inside it. Digits end a word: <c>2020م</c> is a number then a word.</description></item>
/// <item><description><b>Number</b>: a run of digits from ASCII, Arabic-Indic (U+0660–U+0669) or Eastern Arabic-Indic
/// (U+06F0–U+06F9), with separators <c>,</c> <c>.</c> <c>٫</c> <c>٬</c> inside it when a digit follows them:
/// <c>1,250.5</c> and <c>٣٫٥</c> are one token each; a trailing full stop is not part of the number.</description></item>
/// <item><description><b>Punctuation</b>: one punctuation or symbol character of the Basic Multilingual Plane.
/// <c>كم/ساعة</c> is three tokens.</description></item>
/// <item><description><b>Other</b>: anything else that is not a separator, e.g. an emoji (one surrogate pair), a lone
/// surrogate or a mark with no letter before it.</description></item>
/// </list>
/// <para>Whitespace, control characters and stray format characters separate tokens and are not tokens.
/// Never throws on text content. Stateless and thread-safe.</para>
/// </remarks>
public sealed class ArabicTokenizer : ITokenizer
{
    /// <summary>The shared instance.</summary>
    public static ArabicTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (IsDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (IsDigit(text[i]))
                    {
                        i++;
                    }
                    else if (IsNumberSeparator(text[i]) && i + 1 < text.Length && IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(Make(text, start, i, TokenKind.Number));
            }
            else if (IsLetterAt(text, i))
            {
                i += LetterWidth(text, i);
                while (i < text.Length)
                {
                    if (IsLetterAt(text, i))
                    {
                        i += LetterWidth(text, i);
                    }
                    else if (IsMark(text[i]) || text[i] is '\u200C' or '\u200D')
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // ZWNJ/ZWJ at the very end belong outside the word.
                while (text[i - 1] is '\u200C' or '\u200D')
                {
                    i--;
                }

                tokens.Add(Make(text, start, i, TokenKind.Word));
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c) || IsFormat(c))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Supplementary-plane letters were taken above; emoji and other astral symbols are Other.
                i += 2;
                tokens.Add(Make(text, start, i, TokenKind.Other));
            }
            else if (IsPunctuationOrSymbol(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                i++;
                tokens.Add(Make(text, start, i, TokenKind.Punctuation));
            }
            else
            {
                i++;
                while (i < text.Length && IsMark(text[i]))
                {
                    i++;
                }

                tokens.Add(Make(text, start, i, TokenKind.Other));
            }
        }

        return tokens;
    }

    /// <summary>True for a digit of the ASCII, Arabic-Indic or Eastern Arabic-Indic sets.</summary>
    internal static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    private static bool IsNumberSeparator(char c) => c is ',' or '.' or '\u066B' or '\u066C';

    private static bool IsLetterAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.IsLetter(text, i);
        }

        return char.IsLetter(c);
    }

    private static int LetterWidth(string text, int i) => char.IsHighSurrogate(text[i]) ? 2 : 1;

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsPunctuationOrSymbol(UnicodeCategory category) => category is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    private static Token Make(string text, int start, int end, TokenKind kind) =>
        new(TextSpan.FromBounds(start, end), text[start..end], kind);
}
