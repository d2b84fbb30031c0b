using System.Globalization;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Text;

/// <summary>
/// Splits English text into words, numbers, punctuation and other tokens with a hand-written linear scanner.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Word</b>: a letter, then letters, combining marks and digits (<c>G7</c>, <c>café</c>), joined across an
/// apostrophe (<c>'</c> or <c>’</c>) or a hyphen that is followed by a letter (<c>don't</c>, <c>O'Brien</c>,
/// <c>well-known</c>), and across invisible format characters such as a soft hyphen.</item>
/// <item><b>Possessive / clitic <c>'s</c></b> is split off as its own word token, as in the Penn Treebank convention:
/// <c>North Korea's</c> → <c>North</c>, <c>Korea</c>, <c>'s</c>; so entity names match without their possessive.
/// Other contractions stay whole (<c>don't</c>, <c>we'll</c>). A trailing plural-possessive apostrophe
/// (<c>ministers'</c>) is a punctuation token.</item>
/// <item><b>Number</b>: decimal digits with single <c>,</c> or <c>.</c> separators between digits (<c>1,234.5</c>,
/// <c>3.5</c>); letters after digits start a new token (<c>10km</c> → <c>10</c>, <c>km</c>).</item>
/// <item><b>Punctuation</b>: one punctuation mark or symbol per token, except that a run of periods (<c>...</c>) is one token.</item>
/// <item><b>Other</b>: anything else that is not whitespace (emoji and other supplementary-plane symbols, control
/// characters, lone surrogates). Surrogate pairs are never split.</item>
/// </list>
/// Token spans point into the text given; whitespace is not a token. Stateless and thread-safe.
/// </remarks>
public sealed class EnglishTokenizer : ITokenizer
{
    /// <summary>A shared instance.</summary>
    public static EnglishTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsLetterAt(text, i))
            {
                i = ScanWord(text, i);
                Add(tokens, text, start, i, TokenKind.Word);
                if (IsPossessiveAt(text, i))
                {
                    Add(tokens, text, i, i + 2, TokenKind.Word);
                    i += 2;
                }
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                Add(tokens, text, start, i, TokenKind.Number);
            }
            else if (char.IsSurrogate(c))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                Add(tokens, text, start, i, TokenKind.Other);
            }
            else if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                i++;
                if (c == '.')
                {
                    while (i < n && text[i] == '.')
                    {
                        i++;
                    }
                }

                Add(tokens, text, start, i, TokenKind.Punctuation);
            }
            else
            {
                i++;
                Add(tokens, text, start, i, TokenKind.Other);
            }
        }

        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        var n = text.Length;
        i += UnitLength(text, i);
        while (i < n)
        {
            var c = text[i];
            if (IsLetterAt(text, i))
            {
                i += UnitLength(text, i);
            }
            else if (char.IsDigit(c) || IsMark(c))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < n && IsLetterAt(text, i + 1) && !IsPossessiveAt(text, i))
            {
                i++;
            }
            else if ((c is '-' or '\u2010' or '\u2011' || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                && i + 1 < n && IsLetterAt(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        var n = text.Length;
        while (true)
        {
            while (i < n && char.IsDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < n && text[i] is ',' or '.' && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>True when an apostrophe at <paramref name="i"/> starts a clitic <c>'s</c> that ends the word.</summary>
    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length
        && IsApostrophe(text[i])
        && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !(IsLetterAt(text, i + 2) || char.IsDigit(text[i + 2]) || IsMark(text[i + 2])));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsLetterAt(string text, int i) =>
        char.IsSurrogate(text[i]) ? char.IsSurrogatePair(text, i) && char.IsLetter(text, i) : char.IsLetter(text[i]);

    private static int UnitLength(string text, int i) => char.IsHighSurrogate(text[i]) && char.IsSurrogatePair(text, i) ? 2 : 1;

    private static void Add(List<Token> tokens, string text, int start, int end, TokenKind kind) =>
        tokens.Add(new Token(TextSpan.FromBounds(start, end), text[start..end], kind));
}
