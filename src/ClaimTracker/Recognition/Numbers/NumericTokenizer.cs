using System.Globalization;
using System.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>The class of a <see cref="NumTok"/>.</summary>
internal enum NumTokKind : byte
{
    Word,
    Literal,
    Punct,
}

/// <summary>A digit literal's parsed value.</summary>
internal sealed record LiteralValue(double Value, bool IsInteger, int IntegerDigits, NumberForm Form);

/// <summary>One token of the number engine: a word (with its folded matching key), a digit literal or one punctuation character.</summary>
internal readonly record struct NumTok(NumTokKind Kind, int Start, int End, string Key, string Raw, LiteralValue? Literal);

/// <summary>
/// Splits raw text into words, digit literals and punctuation in one left-to-right pass (linear time, no regular
/// expressions). Digit literals accept any Unicode decimal digits (Western, Arabic-Indic U+0660-U+0669, extended U+06F0-U+06F9) with
/// group and decimal separators (<c>, . U+066B U+066C U+060C</c> and thin or plain spaces between groups of three), exponents
/// (<c>1e10</c>, <c>1.1^23</c>, <c>1.3x10^6</c>) and simple fractions (<c>3/4</c>, <c>2 1/4</c>).
/// </summary>
/// <remarks>
/// Separator rules: <c>U+066B</c> is always decimal and <c>U+066C</c> always grouping; a single <c>.</c> is decimal; a single
/// <c>,</c> is grouping before exactly three digits and decimal otherwise; when both <c>.</c> and <c>,</c> occur the
/// last one is decimal; a chain of one separator is grouping when every group has three digits (or follows the
/// Indian 2-2-3 pattern), otherwise it is a list of separate numbers (<c>192.168.1.2</c>, <c>22,24,26</c>).
/// Word keys drop combining marks and format characters, apply the pack's character folds and are lower-cased.
/// </remarks>
internal static class NumericTokenizer
{
    public static List<NumTok> Tokenize(string text, IReadOnlyDictionary<char, string> folds)
    {
        var tokens = new List<NumTok>();
        var i = 0;
        var n = text.Length;
        var listChainEnd = -1; // inside a separator chain judged to be a list: emit each digit run alone
        var key = new StringBuilder();
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsFormat(c))
            {
                i++;
                continue;
            }

            if (IsDigit(c) || (c == '.' && i + 1 < n && IsDigit(text[i + 1]) && (i == 0 || !IsDigit(text[i - 1]))))
            {
                if (i < listChainEnd || (i > 0 && text[i - 1] == '/'))
                {
                    var e = i;
                    var v = 0.0;
                    while (e < n && IsDigit(text[e]))
                    {
                        v = (v * 10) + Digit(text[e]);
                        e++;
                    }

                    if (e > i)
                    {
                        tokens.Add(new NumTok(NumTokKind.Literal, i, e, text[i..e], text[i..e], new LiteralValue(v, true, e - i, NumberForm.Cardinal)));
                        i = e;
                        continue;
                    }
                }
                else
                {
                    var lit = ScanLiteral(text, i, out var end, out var chainEnd);
                    if (chainEnd > end)
                    {
                        listChainEnd = chainEnd;
                    }

                    if (lit is not null)
                    {
                        tokens.Add(new NumTok(NumTokKind.Literal, i, end, text[i..end], text[i..end], lit));
                        i = end;
                        continue;
                    }

                    if (end > i)
                    {
                        i = end; // unreadable (e.g. too long) digit run: skip it whole, keeping the scan linear
                        continue;
                    }
                }
            }

            if (c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && char.GetNumericValue(c) is var vf && vf > 0 && vf < 1)
            {
                // vulgar fractions: ½ ¾ ⅔
                tokens.Add(new NumTok(NumTokKind.Literal, i, i + 1, c.ToString(), c.ToString(), new LiteralValue(vf, false, 1, NumberForm.Fraction)));
                i++;
                continue;
            }

            if (char.IsLetter(c) || IsMark(c))
            {
                var s = i;
                key.Clear();
                while (i < n && (char.IsLetter(text[i]) || IsMark(text[i]) || IsFormat(text[i])))
                {
                    var ch = text[i];
                    if (!IsMark(ch) && !IsFormat(ch))
                    {
                        if (folds.TryGetValue(ch, out var f))
                        {
                            key.Append(f);
                        }
                        else
                        {
                            key.Append(char.ToLowerInvariant(ch));
                        }
                    }

                    i++;
                }

                var e = i;
                while (e > s && IsFormat(text[e - 1]))
                {
                    e--;
                }

                tokens.Add(new NumTok(NumTokKind.Word, s, e, key.ToString(), text[s..e], null));
                continue;
            }

            if (char.IsSurrogate(c))
            {
                var len = i + 1 < n && char.IsSurrogatePair(c, text[i + 1]) ? 2 : 1;
                tokens.Add(new NumTok(NumTokKind.Punct, i, i + len, text.Substring(i, len), text.Substring(i, len), null));
                i += len;
                continue;
            }

            tokens.Add(new NumTok(NumTokKind.Punct, i, i + 1, c.ToString(), c.ToString(), null));
            i++;
        }

        return tokens;
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9' || (c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber);

    public static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : (int)char.GetNumericValue(c);

    public static bool IsMark(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsFormat(char c) => c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private enum Sep : byte
    {
        Space,
        Dot,
        Comma,
        ArabicDecimal,
        ArabicThousands,
        ArabicComma,
    }

    private readonly record struct Group(Sep Sep, int DigitsStart, int DigitsEnd);

    private static Sep? SepOf(char c) => c switch
    {
        ' ' or '\u00A0' or '\u202F' or '\u2009' => Sep.Space,
        '.' => Sep.Dot,
        ',' => Sep.Comma,
        '\u066B' => Sep.ArabicDecimal,
        '\u066C' or '\'' => Sep.ArabicThousands,
        '\u060C' => Sep.ArabicComma,
        _ => null,
    };

    private static int SkipFormat(string text, int i)
    {
        while (i < text.Length && IsFormat(text[i]))
        {
            i++;
        }

        return i;
    }

    private static LiteralValue? ScanLiteral(string text, int start, out int end, out int chainEnd)
    {
        var n = text.Length;
        var p = start;
        var intDigits = new StringBuilder();
        string? decimals = null;
        chainEnd = -1;
        if (text[p] == '.')
        {
            p++;
            var ds = p;
            while (p < n && IsDigit(text[p]))
            {
                p++;
            }

            decimals = Ascii(text, ds, p);
            intDigits.Append('0');
        }
        else
        {
            // An invisible format character between digits (a zero-width space, a bidi mark) is skipped: the reader
            // sees one number, so "3<U+200F>00" is 300, never 3 and 00.
            while (p < n && (IsDigit(text[p]) || (IsFormat(text[p]) && SkipFormat(text, p) is var after && after < n && IsDigit(text[after]))))
            {
                if (IsDigit(text[p]))
                {
                    intDigits.Append((char)('0' + Digit(text[p])));
                }

                p++;
            }
        }

        var firstRun = intDigits.Length;

        // Collect the separator chain.
        var groups = new List<Group>();
        var q = p;
        while (decimals is null && groups.Count < 64)
        {
            var a = SkipFormat(text, q);
            if (a >= n || SepOf(text[a]) is not { } sep)
            {
                break;
            }

            var b = SkipFormat(text, a + 1);
            var ds = b;
            while (b < n && IsDigit(text[b]))
            {
                b++;
            }

            if (b == ds)
            {
                break;
            }

            groups.Add(new Group(sep, ds, b));
            q = b;
        }

        Sep? grouping = null;
        var accepted = p;
        for (var g = 0; g < groups.Count && decimals is null; g++)
        {
            var gr = groups[g];
            var len = gr.DigitsEnd - gr.DigitsStart;
            var ok = false;
            var isDecimal = false;
            switch (gr.Sep)
            {
                case Sep.Space:
                    ok = len == 3 && firstRun <= 3 && grouping is null or Sep.Space
                        && !(gr.DigitsEnd < n && text[gr.DigitsEnd] == '/');
                    break;
                case Sep.ArabicThousands:
                case Sep.ArabicComma:
                    ok = len == 3;
                    break;
                case Sep.ArabicDecimal:
                    ok = true;
                    isDecimal = true;
                    break;
                default:
                    var other = gr.Sep == Sep.Dot ? Sep.Comma : Sep.Dot;
                    var sameLater = false;
                    var otherLater = false;
                    var allThree = len == 3;
                    var indian = gr.Sep == Sep.Comma && len == 2;
                    var lastLen = len;
                    for (var h = g + 1; h < groups.Count; h++)
                    {
                        var l = groups[h].DigitsEnd - groups[h].DigitsStart;
                        if (groups[h].Sep == gr.Sep)
                        {
                            if (otherLater)
                            {
                                break;
                            }

                            sameLater = true;
                            allThree &= l == 3;
                            if (l != 3)
                            {
                                indian &= l == 2;
                            }

                            lastLen = l;
                        }
                        else if (groups[h].Sep == other)
                        {
                            otherLater = true;
                        }
                        else
                        {
                            break;
                        }
                    }

                    if (grouping is not null && grouping != gr.Sep && grouping is Sep.Dot or Sep.Comma)
                    {
                        ok = !sameLater;
                        isDecimal = true;
                    }
                    else if (otherLater)
                    {
                        ok = len == 3 || (gr.Sep == Sep.Comma && len == 2);
                    }
                    else if (sameLater)
                    {
                        ok = allThree || (indian && lastLen == 3 && gr.Sep == Sep.Comma);
                        if (!ok)
                        {
                            chainEnd = groups[^1].DigitsEnd;
                        }
                    }
                    else if (grouping == gr.Sep)
                    {
                        ok = len == 3;
                    }
                    else if (gr.Sep == Sep.Dot)
                    {
                        ok = true;
                        isDecimal = true;
                    }
                    else
                    {
                        ok = true;
                        isDecimal = len != 3;
                    }

                    break;
            }

            if (!ok)
            {
                break;
            }

            if (isDecimal)
            {
                decimals = Ascii(text, gr.DigitsStart, gr.DigitsEnd);
            }
            else
            {
                grouping ??= gr.Sep;
                intDigits.Append(Ascii(text, gr.DigitsStart, gr.DigitsEnd));
            }

            accepted = gr.DigitsEnd;
        }

        p = accepted;
        if (!double.TryParse(decimals is null ? intDigits.ToString() : intDigits + "." + decimals, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            end = p;
            return null;
        }

        var form = decimals is null ? NumberForm.Cardinal : NumberForm.Decimal;
        var isInteger = decimals is null;

        // Exponent forms.
        if (p < n && (text[p] is 'e' or 'E') && TryExponent(text, p + 1, out var ex, out var exEnd, allowManySigns: false))
        {
            value *= Math.Pow(10, ex);
            p = exEnd;
            isInteger = false;
        }
        else if (p < n && text[p] == '^' && TryExponent(text, p + 1, out ex, out exEnd, allowManySigns: true))
        {
            value = Math.Pow(value, ex);
            p = exEnd;
            isInteger = false;
        }
        else if (p + 3 < n && (text[p] is 'x' or '\u00D7') && text[p + 1] == '1' && text[p + 2] == '0' && text[p + 3] == '^'
            && TryExponent(text, p + 4, out ex, out exEnd, allowManySigns: true))
        {
            value *= Math.Pow(10, ex);
            p = exEnd;
            isInteger = false;
        }
        else if (isInteger && groups.Count == 0 || (isInteger && p == start + intDigits.Length))
        {
            // Simple fraction a/b and mixed number "2 1/4".
            if (TryFraction(text, start, p, out var fv, out var fEnd))
            {
                end = fEnd;
                return new LiteralValue(fv, false, intDigits.Length, NumberForm.Fraction);
            }

            var s = p;
            while (s < n && text[s] == ' ')
            {
                s++;
            }

            if (s > p && s < n && IsDigit(text[s]) && p - start <= 3)
            {
                var ds = s;
                while (s < n && IsDigit(text[s]))
                {
                    s++;
                }

                if (TryFraction(text, ds, s, out var part, out var pEnd) && part < 1)
                {
                    end = pEnd;
                    return new LiteralValue(value + part, false, intDigits.Length, NumberForm.Fraction);
                }
            }
        }

        end = p;
        if (!double.IsFinite(value))
        {
            return null;
        }

        return new LiteralValue(value, isInteger, intDigits.Length, form);
    }

    private static bool TryFraction(string text, int numStart, int numEnd, out double value, out int end)
    {
        value = 0;
        end = numEnd;
        var n = text.Length;
        if (numEnd >= n || text[numEnd] != '/' || numEnd - numStart > 3 || (numStart > 0 && text[numStart - 1] == '/'))
        {
            return false;
        }

        var d = numEnd + 1;
        var ds = d;
        while (d < n && IsDigit(text[d]))
        {
            d++;
        }

        if (d == ds || d - ds > 3 || (d < n && (text[d] == '/' || IsDigit(text[d]))))
        {
            return false;
        }

        var num = double.Parse(Ascii(text, numStart, numEnd), CultureInfo.InvariantCulture);
        var den = double.Parse(Ascii(text, ds, d), CultureInfo.InvariantCulture);
        if (den == 0)
        {
            return false;
        }

        value = num / den;
        end = d;
        return true;
    }

    private static bool TryExponent(string text, int p, out double exponent, out int end, bool allowManySigns)
    {
        exponent = 0;
        end = p;
        var n = text.Length;
        var negative = false;
        var signs = 0;
        while (p < n && (text[p] is '+' or '-') && (allowManySigns || signs == 0))
        {
            negative ^= text[p] == '-';
            signs++;
            p++;
        }

        var ds = p;
        while (p < n && IsDigit(text[p]) && p - ds < 4)
        {
            p++;
        }

        if (p == ds || (p < n && char.IsLetterOrDigit(text[p])))
        {
            return false;
        }

        exponent = double.Parse(Ascii(text, ds, p), CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        end = p;
        return true;
    }

    private static string Ascii(string text, int s, int e)
    {
        var sb = new StringBuilder(e - s);
        for (var i = s; i < e; i++)
        {
            sb.Append((char)('0' + Digit(text[i])));
        }

        return sb.ToString();
    }
}
