using System.Collections.Frozen;
using System.Globalization;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// Splits Arabic news text into sentences, headings, list items and datelines.
/// </summary>
/// <remarks>
/// <para>Rules (all generic, no article-specific strings):</para>
/// <list type="number">
/// <item><description><b>Paragraphs.</b> Every line break (LF, CR, CRLF, U+2028, U+2029, U+0085) ends a paragraph; no
/// segment crosses one. Lines with no letter or digit are skipped.</description></item>
/// <item><description><b>List items.</b> A line starting with a bullet (• ◦ ▪ ● ■ ◆ ► ➢ ✓ ·, or - * – — followed by a space),
/// a 1–3 digit number followed by <c>.</c> <c>)</c> <c>-</c> <c>–</c> and a space, <c>(n)</c>, or one letter followed by
/// <c>)</c> is one <see cref="SegmentKind.ListItem"/>.</description></item>
/// <item><description><b>Datelines.</b> At the start of a paragraph, up to six words and a parenthesised group with no
/// sentence punctuation, then a dash: <c>(موسكو) –</c>, <c>موسكو (رويترز) -</c>. The dateline is a
/// <see cref="SegmentKind.Dateline"/> segment ending at the dash; the rest of the paragraph is segmented as usual.</description></item>
/// <item><description><b>Sentence ends.</b> A run of <c>.</c> <c>!</c> <c>?</c> <c>؟</c> <c>…</c> <c>۔</c> <c>‼</c> <c>⁇</c> <c>⁈</c>
/// <c>⁉</c>, plus any closing quotes or brackets after it, followed by whitespace or the end of the paragraph (or, for a
/// single mark between two Arabic letters, by nothing: <c>انتهى.وقال</c>). A full stop between digits (3.5) never ends a
/// sentence; nor does one closing an abbreviation of <c>abbreviations.yaml</c> (compared ignoring case), an initial
/// (one letter and a dot) or an initialism (U.S., أ.د.).</description></item>
/// <item><description><b>Quotations.</b> Between « and », “ and ”, ‹ and ›, or a pair of straight double quotes, sentence ends
/// are ignored when the closing mark is in the same paragraph within <see cref="ArabicSegmenterOptions.MaxQuoteLength"/>
/// code units, so a quoted statement of several sentences stays one segment. A quotation ending in a sentence mark
/// ends the sentence after its closing mark.</description></item>
/// <item><description><b>Headings.</b> A paragraph that forms a single segment, does not end with sentence-final
/// punctuation or a colon, and has at most <see cref="ArabicSegmenterOptions.HeadingMaxWords"/> words is a
/// <see cref="SegmentKind.Heading"/>.</description></item>
/// </list>
/// <para>Spans are trimmed of whitespace and format controls. Never throws on text content. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ArabicSentenceSegmenter : ISentenceSegmenter
{
    private static readonly Lazy<ArabicSentenceSegmenter> Shared = new(() =>
        new ArabicSentenceSegmenter(ArabicSegmenterOptions.Default, LoadAbbreviations()));

    private readonly FrozenSet<string> _abbreviations;

    /// <summary>Creates a segmenter.</summary>
    /// <param name="options">Length limits.</param>
    /// <param name="abbreviations">Abbreviations with their final full stop (<c>U.S.</c>, <c>د.</c>); compared ignoring case.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or an abbreviation is null.</exception>
    public ArabicSentenceSegmenter(ArabicSegmenterOptions options, IEnumerable<string> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(abbreviations);
        var list = abbreviations.ToList();
        if (list.Any(a => a is null))
        {
            throw new ArgumentNullException(nameof(abbreviations), "An abbreviation in the list is null.");
        }

        Options = options;
        _abbreviations = list.Select(a => a.Trim()).Where(a => a.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A segmenter with default options and the pack's <c>abbreviations.yaml</c>.</summary>
    public static ArabicSentenceSegmenter Default => Shared.Value;

    /// <summary>The limits this segmenter uses.</summary>
    public ArabicSegmenterOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsLineBreak(text[i]))
            {
                Paragraph(text, start, i, result);
                start = i + 1;
            }
        }

        return result;
    }

    private void Paragraph(string text, int start, int end, List<Sentence> result)
    {
        (start, end) = Trim(text, start, end);
        if (start >= end || !HasLetterOrDigit(text, start, end))
        {
            return;
        }

        if (IsListItem(text, start, end))
        {
            result.Add(new Sentence(TextSpan.FromBounds(start, end), SegmentKind.ListItem));
            return;
        }

        var hasDateline = false;
        if (TryDateline(text, start, end, out var datelineEnd))
        {
            result.Add(new Sentence(TextSpan.FromBounds(start, datelineEnd), SegmentKind.Dateline));
            hasDateline = true;
            (start, end) = Trim(text, datelineEnd, end);
            if (start >= end || !HasLetterOrDigit(text, start, end))
            {
                return;
            }
        }

        var sentences = new List<TextSpan>();
        Split(text, start, end, sentences);
        if (!hasDateline && sentences.Count == 1 && Options.HeadingMaxWords > 0
            && !EndsWithSentenceMark(text, sentences[0]) && CountWords(text, sentences[0]) <= Options.HeadingMaxWords)
        {
            result.Add(new Sentence(sentences[0], SegmentKind.Heading));
            return;
        }

        foreach (var s in sentences)
        {
            result.Add(new Sentence(s, SegmentKind.Sentence));
        }
    }

    private void Split(string text, int start, int end, List<TextSpan> sentences)
    {
        var segStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsOpeningQuote(text, i, segStart) && FindClosingQuote(text, i, end) is var close && close > i)
            {
                var q = close - 1;
                while (q > i && char.IsWhiteSpace(text[q]))
                {
                    q--;
                }

                var after = close + 1;
                if (q > i && IsSentenceMark(text[q]))
                {
                    var runStart = q;
                    while (runStart > i + 1 && IsSentenceMark(text[runStart - 1]))
                    {
                        runStart--;
                    }

                    if (IsRealEnd(text, segStart, runStart, q + 1, end))
                    {
                        after = SkipClosers(text, after, end);
                        if (after == end || char.IsWhiteSpace(text[after]))
                        {
                            Emit(text, segStart, after, sentences);
                            segStart = after;
                        }
                    }
                }

                i = after;
                continue;
            }

            if (IsSentenceMark(c))
            {
                var j = i + 1;
                while (j < end && IsSentenceMark(text[j]))
                {
                    j++;
                }

                if (IsRealEnd(text, segStart, i, j, end))
                {
                    var after = SkipClosers(text, j, end);
                    var glued = after == j && j - i == 1 && after < end && IsArabicLetter(text[after]) && i > start && IsArabicLetter(text[i - 1]);
                    if (after == end || char.IsWhiteSpace(text[after]) || glued)
                    {
                        Emit(text, segStart, after, sentences);
                        segStart = after;
                    }

                    i = after;
                    continue;
                }

                i = j;
                continue;
            }

            i++;
        }

        if (segStart < end)
        {
            var (s, e) = Trim(text, segStart, end);
            if (s < e)
            {
                if (!HasLetterOrDigit(text, s, e) && sentences.Count > 0)
                {
                    sentences[^1] = TextSpan.FromBounds(sentences[^1].Start, e);
                }
                else
                {
                    sentences.Add(TextSpan.FromBounds(s, e));
                }
            }
        }
    }

    private static void Emit(string text, int start, int end, List<TextSpan> sentences)
    {
        var (s, e) = Trim(text, start, end);
        if (s >= e)
        {
            return;
        }

        if (!HasLetterOrDigit(text, s, e) && sentences.Count > 0)
        {
            sentences[^1] = TextSpan.FromBounds(sentences[^1].Start, e);
            return;
        }

        sentences.Add(TextSpan.FromBounds(s, e));
    }

    /// <summary>Whether the run of sentence marks <c>[runStart, runEnd)</c> can end a sentence (decimals, abbreviations).</summary>
    private bool IsRealEnd(string text, int segStart, int runStart, int runEnd, int end)
    {
        if (runEnd - runStart != 1 || text[runStart] != '.')
        {
            return true;
        }

        var dot = runStart;
        if (dot > segStart && dot + 1 < end && ArabicTokenizer.IsDigit(text[dot - 1]) && ArabicTokenizer.IsDigit(text[dot + 1]))
        {
            return false;
        }

        // The word before the dot, back to whitespace or an opening bracket or quote.
        var w = dot;
        while (w > segStart && !char.IsWhiteSpace(text[w - 1]) && !IsOpener(text[w - 1]))
        {
            w--;
        }

        if (w == dot)
        {
            return true;
        }

        var word = text.Substring(w, dot - w + 1);
        return !_abbreviations.Contains(word) && !IsInitialism(word);
    }

    /// <summary>One or more single letters, each followed by a dot: <c>J.</c>, <c>U.S.</c>, <c>أ.د.</c>.</summary>
    private static bool IsInitialism(string word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsLetter(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private bool TryDateline(string text, int start, int end, out int datelineEnd)
    {
        datelineEnd = 0;
        var limit = Math.Min(end, start + 120);
        var open = -1;
        var words = 0;
        var inWord = false;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                open = i;
                break;
            }

            if (IsSentenceMark(c) || IsQuote(c) || c is ':' or ')' or '-' or '–' or '—')
            {
                return false;
            }

            var letterOrDigit = char.IsLetterOrDigit(c);
            if (letterOrDigit && !inWord)
            {
                words++;
            }

            inWord = letterOrDigit || (inWord && !char.IsWhiteSpace(c) && !char.IsPunctuation(c));
        }

        if (open < 0 || words > 6)
        {
            return false;
        }

        var close = -1;
        for (var i = open + 1; i < Math.Min(end, open + 60); i++)
        {
            var c = text[i];
            if (c == ')')
            {
                close = i;
                break;
            }

            if (IsSentenceMark(c) && c != '.' || c == '(' || IsQuote(c))
            {
                return false;
            }
        }

        if (close < 0 || !HasLetterOrDigit(text, open + 1, close))
        {
            return false;
        }

        var d = close + 1;
        while (d < end && text[d] is ' ' or '\t' || d < end && IsTrimmable(text[d]))
        {
            d++;
        }

        if (d >= end || !IsDash(text[d]))
        {
            return false;
        }

        datelineEnd = d + 1;
        return true;
    }

    private static bool IsListItem(string text, int start, int end)
    {
        var c = text[start];
        var next = start + 1 < end ? text[start + 1] : '\0';
        if (c is '•' or '◦' or '▪' or '▫' or '‣' or '⁃' or '●' or '○' or '■' or '□' or '◆' or '♦' or '►' or '➢' or '✓' or '✔' or '·')
        {
            return true;
        }

        if (c is '-' or '*' or '–' or '—' && char.IsWhiteSpace(next))
        {
            return true;
        }

        var i = start;
        if (c == '(')
        {
            i++;
            var d0 = i;
            while (i < end && ArabicTokenizer.IsDigit(text[i]))
            {
                i++;
            }

            return i > d0 && i - d0 <= 3 && i + 1 < end && text[i] == ')' && char.IsWhiteSpace(text[i + 1]);
        }

        if (ArabicTokenizer.IsDigit(c))
        {
            while (i < end && ArabicTokenizer.IsDigit(text[i]))
            {
                i++;
            }

            return i - start <= 3 && i + 1 < end && text[i] is '.' or ')' or '-' or '–' && char.IsWhiteSpace(text[i + 1]);
        }

        return char.IsLetter(c) && start + 2 < end && next == ')' && char.IsWhiteSpace(text[start + 2]);
    }

    private int FindClosingQuote(string text, int open, int end)
    {
        var o = text[open];
        var closing = o switch
        {
            '«' => '»',
            '“' => '”',
            '‹' => '›',
            '"' => '"',
            _ => '\0',
        };
        var limit = (int)Math.Min(end, (long)open + Options.MaxQuoteLength);
        var depth = 0;
        for (var i = open + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == closing)
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (c == o)
            {
                depth++;
            }
        }

        return -1;
    }

    private static bool IsOpeningQuote(string text, int i, int segStart)
    {
        var c = text[i];
        if (c is '«' or '“' or '‹')
        {
            return true;
        }

        return c == '"' && (i == segStart || char.IsWhiteSpace(text[i - 1]) || IsOpener(text[i - 1]) || text[i - 1] == ':');
    }

    private static int SkipClosers(string text, int i, int end)
    {
        while (i < end && IsCloser(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool EndsWithSentenceMark(string text, TextSpan span)
    {
        var i = span.End - 1;
        while (i > span.Start && IsCloser(text[i]))
        {
            i--;
        }

        return IsSentenceMark(text[i]) || text[i] is ':' or '\u061B' or ';';
    }

    private static int CountWords(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var w = !char.IsWhiteSpace(text[i]);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w;
        }

        return words;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '\0';

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsSentenceMark(char c) => c is '.' or '!' or '?' or '\u061F' or '…' or '\u06D4' or '‼' or '⁇' or '⁈' or '⁉';

    private static bool IsCloser(char c) => c is '»' or '”' or '’' or '"' or '\'' or ')' or ']' or '›' or '}';

    private static bool IsOpener(char c) => c is '«' or '“' or '‘' or '(' or '[' or '‹' or '{';

    private static bool IsQuote(char c) => c is '«' or '»' or '“' or '”' or '"' or '‹' or '›';

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―' or '−';

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private static IEnumerable<string> LoadAbbreviations() =>
        ArabicLanguagePack.Instance.Lexicons.TryLoad<ArabicAbbreviation>("abbreviations.yaml")?.Entries.Select(e => e.Form) ?? [];
}
