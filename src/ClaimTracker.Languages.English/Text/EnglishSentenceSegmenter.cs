using ClaimTracker.Languages.English.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Text;

/// <summary>
/// Splits English text into sentences, headings, list items and datelines with a hand-written linear scanner.
/// </summary>
/// <remarks>
/// <para><b>Blocks.</b> Text is first cut at line breaks (<c>\n</c>, <c>\r</c>, U+2028, U+2029). A line that
/// starts with a lower-case letter continues the previous line (wrapped prose); every other line starts a new
/// block, and no segment crosses blocks.</para>
/// <para><b>Kinds.</b> A block starting with a bullet (<c>- * • · ▪ ‣ – —</c>) or an item number (<c>1.</c>,
/// <c>2)</c>, <c>a)</c>) followed by a space is a list item; its sentences are all <see cref="SegmentKind.ListItem"/>.
/// A block that opens with a wire dateline — an all-capitals place (optionally followed by a comma or a
/// parenthesis and more, at most 80 characters) and then a spaced dash, as in <c>MOSCOW (Reuters) -</c> or
/// <c>WASHINGTON —</c>, or a parenthesised place and a dash, <c>(Moscow) –</c> — yields a
/// <see cref="SegmentKind.Dateline"/> segment (dash included) and then the rest as sentences. A block of at
/// most 20 words that does not end with <c>. ! ? … : ;</c> (closing quotes and brackets aside) is one
/// <see cref="SegmentKind.Heading"/>.</para>
/// <para><b>Sentence ends.</b> A run of <c>. ! ? …</c>, plus any closing quotes or brackets, followed by
/// whitespace or the end of the block, ends a sentence when:</para>
/// <list type="bullet">
/// <item><c>!</c> or <c>?</c>, or any mark followed by a closing quote or bracket: the next word does not start
/// with a lower-case letter (so <c>"Stop!" he said.</c> is one sentence);</item>
/// <item>an ellipsis (<c>…</c> or two or more periods): the next word starts with a capital;</item>
/// <item>a single period after a known abbreviation (<c>Lexicons/abbreviations.yaml</c>): never for a
/// <c>title</c> abbreviation (<c>Dr.</c>, <c>No.</c>); for a <c>general</c> one (<c>U.S.</c>, <c>Inc.</c>,
/// <c>Jan.</c>), an unknown dotted acronym, or an initial (<c>J. R. R. Tolkien</c>), only when the next word is
/// a frequent sentence starter from <c>Lexicons/sentence-starters.yaml</c> (<c>The</c>, <c>He</c>, <c>But</c>…),
/// so <c>the U.S. The war</c> splits and <c>the U.S. President</c> does not;</item>
/// <item>any other period: the next word does not start with a lower-case letter.</item>
/// </list>
/// <para>Periods inside numbers (<c>3.5</c>) and abbreviations followed by punctuation (<c>e.g.,</c>) are not
/// followed by whitespace and never end a sentence. Text between a matched pair of double quotes
/// (<c>" “ ” „ « »</c>, at most 600 characters) is never split, so <c>He said: "We left. We will return."</c>
/// stays one sentence with its attribution; an unmatched quote is ignored. Single quotes are not tracked
/// (they double as apostrophes).</para>
/// <para>Capitalisation is a signal, so run the segmenter on the original text (or on text normalized without
/// case folding), not on the output of the default <see cref="EnglishNormalizer"/>. Spans are trimmed of
/// whitespace. Immutable and thread-safe; linear time in the length of the text.</para>
/// </remarks>
public sealed class EnglishSentenceSegmenter : ISentenceSegmenter
{
    private const int MaxHeadingWords = 20;
    private const int MaxDatelineLength = 80;
    private const int MaxProtectedQuoteLength = 600;

    private readonly Dictionary<string, bool> _abbreviations;
    private readonly HashSet<string> _starters;

    /// <summary>Creates a segmenter with the pack's <c>abbreviations.yaml</c> and <c>sentence-starters.yaml</c> lexicons.</summary>
    public EnglishSentenceSegmenter()
        : this(EnglishLexicons.Abbreviations, EnglishLexicons.SentenceStarters)
    {
    }

    /// <summary>Creates a segmenter with the given abbreviations and sentence starters.</summary>
    /// <param name="abbreviations">Abbreviations whose period does not necessarily end a sentence.</param>
    /// <param name="sentenceStarters">Words that, after a <c>general</c> abbreviation or an initial, start a new sentence.</param>
    /// <exception cref="ArgumentNullException">An argument or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An abbreviation's form does not end with a period.</exception>
    public EnglishSentenceSegmenter(IEnumerable<AbbreviationEntry> abbreviations, IEnumerable<string> sentenceStarters)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(sentenceStarters);
        _starters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var starter in sentenceStarters)
        {
            _starters.Add(starter ?? throw new ArgumentNullException(nameof(sentenceStarters), "A sentence starter in the list is null."));
        }

        _abbreviations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in abbreviations)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(abbreviations), "An abbreviation in the list is null.");
            }

            if (entry.Form.Length < 2 || entry.Form[^1] != '.')
            {
                throw new ArgumentException($"Abbreviation '{entry.Form}' must end with a period.", nameof(abbreviations));
            }

            _abbreviations[entry.Form] = entry.IsTitle;
            var upper = entry.Form.ToUpperInvariant();
            _abbreviations.TryAdd(upper, entry.IsTitle);
        }
    }

    /// <summary>A shared segmenter with the pack's abbreviations.</summary>
    public static EnglishSentenceSegmenter Default { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Sentence>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var blockEnd = LineEnd(text, lineStart);

            // Wrapped prose: a following line that starts with a lower-case letter continues the block.
            while (true)
            {
                var next = NextLineStart(text, blockEnd);
                if (next >= text.Length)
                {
                    break;
                }

                var first = next;
                while (first < text.Length && char.IsWhiteSpace(text[first]) && !IsLineBreak(text[first]))
                {
                    first++;
                }

                if (first < text.Length && char.IsLower(text[first]) && !IsListItem(text, first, LineEnd(text, first)))
                {
                    blockEnd = LineEnd(text, first);
                    continue;
                }

                break;
            }

            SegmentBlock(text, lineStart, blockEnd, result);
            lineStart = NextLineStart(text, blockEnd);
        }

        return result;
    }

    private void SegmentBlock(string text, int start, int end, List<Sentence> result)
    {
        var s = SkipSpaces(text, start, end);
        if (s >= end)
        {
            return;
        }

        if (IsListItem(text, s, end))
        {
            // The item marker ("1.", "-") is part of the first segment and never ends it.
            var marker = s;
            while (marker < end && !char.IsWhiteSpace(text[marker]))
            {
                marker++;
            }

            SplitSentences(text, s, end, SegmentKind.ListItem, result, marker);
            return;
        }

        if (TryDateline(text, s, end, out var datelineEnd))
        {
            Add(text, s, datelineEnd, SegmentKind.Dateline, result);
            SplitSentences(text, datelineEnd, end, SegmentKind.Sentence, result);
            return;
        }

        if (IsHeading(text, s, end))
        {
            Add(text, s, end, SegmentKind.Heading, result);
            return;
        }

        SplitSentences(text, s, end, SegmentKind.Sentence, result);
    }

    private void SplitSentences(string text, int start, int end, SegmentKind kind, List<Sentence> result, int scanFrom = -1)
    {
        var quotes = QuotedRanges(text, start, end);
        var q = 0;
        var segStart = start;
        var i = Math.Max(start, scanFrom);
        while (i < end)
        {
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < end && IsTerminal(text[runEnd]))
            {
                runEnd++;
            }

            var k = runEnd;
            while (k < end && IsCloser(text[k]))
            {
                k++;
            }

            if (k < end && !char.IsWhiteSpace(text[k]))
            {
                i = runEnd;
                continue;
            }

            while (q < quotes.Count && quotes[q].Close < i)
            {
                q++;
            }

            var insideQuote = q < quotes.Count && quotes[q].Open < i && k <= quotes[q].Close;
            if (!insideQuote && IsBoundary(text, i, runEnd, k, end))
            {
                Add(text, segStart, k, kind, result);
                segStart = k;
            }

            i = k;
        }

        Add(text, segStart, end, kind, result);
    }

    private bool IsBoundary(string text, int runStart, int runEnd, int after, int end)
    {
        var next = SkipSpaces(text, after, end);
        if (next >= end)
        {
            return true;
        }

        while (next < end && IsOpener(text[next]))
        {
            next++;
        }

        var first = next < end ? text[next] : ' ';
        var strong = false;
        var periods = 0;
        var ellipsis = false;
        for (var j = runStart; j < runEnd; j++)
        {
            switch (text[j])
            {
                case '!' or '?':
                    strong = true;
                    break;
                case '.':
                    periods++;
                    break;
                default:
                    ellipsis = true;
                    break;
            }
        }

        // A closing quote or bracket after the mark confirms the end: "... Mr. B.' Then ...".
        if (strong || after > runEnd)
        {
            return !char.IsLower(first);
        }

        if (ellipsis || periods > 1)
        {
            return char.IsUpper(first);
        }

        // A single period: look at the word before it.
        var wordStart = runStart;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (wordStart < runStart)
        {
            var form = text.Substring(wordStart, runEnd - wordStart);
            if (_abbreviations.TryGetValue(form, out var isTitle))
            {
                return !isTitle && StartsWithStarter(text, next, end);
            }

            // An initial ("J. R. R. Tolkien") or an unknown dotted acronym: like a general abbreviation.
            if ((runStart - wordStart == 1 && char.IsUpper(text[wordStart])) || form.AsSpan(0, form.Length - 1).Contains('.'))
            {
                return StartsWithStarter(text, next, end);
            }
        }

        return !char.IsLower(first);
    }

    private bool StartsWithStarter(string text, int start, int end)
    {
        if (start >= end || !char.IsUpper(text[start]))
        {
            return false;
        }

        var e = start;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        return _starters.Contains(text[start..e]);
    }

    private static List<(int Open, int Close)> QuotedRanges(string text, int start, int end)
    {
        var ranges = new List<(int Open, int Close)>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            bool opens, closes;
            switch (c)
            {
                case '\u201C' or '\u201E' or '\u00AB':
                    opens = true;
                    closes = false;
                    break;
                case '\u201D' or '\u00BB':
                    opens = false;
                    closes = true;
                    break;
                case '"':
                    var prev = i > start ? text[i - 1] : ' ';
                    opens = char.IsWhiteSpace(prev) || IsOpener(prev) || prev is ':' or ',' or '-' or '\u2014' or '\u2013';
                    closes = !opens;
                    break;
                default:
                    continue;
            }

            if (open < 0 && opens)
            {
                open = i;
            }
            else if (open >= 0 && (closes || c == '"'))
            {
                if (i - open <= MaxProtectedQuoteLength)
                {
                    ranges.Add((open, i));
                }

                open = -1;
            }
        }

        return ranges;
    }

    private static bool TryDateline(string text, int s, int end, out int datelineEnd)
    {
        datelineEnd = s;
        var limit = Math.Min(end, s + MaxDatelineLength);
        for (var p = s + 1; p < limit; p++)
        {
            var c = text[p];
            if (c is '!' or '?' or '"' or '\u201C' or '\u201D' || IsLineBreak(c))
            {
                return false;
            }

            if (c is not ('-' or '\u2013' or '\u2014'))
            {
                continue;
            }

            var before = text[p - 1];
            var spacedBefore = char.IsWhiteSpace(before) || before == ')';
            if (c == '-' && !spacedBefore)
            {
                continue; // a hyphen inside a word, e.g. "PORT-AU-PRINCE"
            }

            var dashEnd = p + 1;
            if (c == '-' && dashEnd < end && text[dashEnd] == '-')
            {
                dashEnd++;
            }

            if (c == '-' && !(dashEnd < end && char.IsWhiteSpace(text[dashEnd])))
            {
                return false;
            }

            if (!IsDatelinePrefix(text, s, TrimEnd(text, s, p)) || SkipSpaces(text, dashEnd, end) >= end)
            {
                return false;
            }

            datelineEnd = dashEnd;
            return true;
        }

        return false;
    }

    private static bool IsDatelinePrefix(string text, int s, int e)
    {
        if (e - s < 2)
        {
            return false;
        }

        if (text[s] == '(' && text[e - 1] == ')')
        {
            for (var i = s + 1; i < e - 1; i++)
            {
                if (text[i] is '(' or ')')
                {
                    return false;
                }
            }

            return char.IsUpper(text[s + 1]);
        }

        // The place: upper-case words up to the first comma or parenthesis.
        var letters = 0;
        var i2 = s;
        for (; i2 < e && text[i2] is not (',' or '('); i2++)
        {
            var c = text[i2];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (!(char.IsWhiteSpace(c) || c is '.' or '\'' or '-' or '/' or '\u2019'))
            {
                return false;
            }
        }

        if (letters < 2)
        {
            return false;
        }

        // After it, anything but sentence punctuation; parentheses must balance.
        var depth = 0;
        for (; i2 < e; i2++)
        {
            switch (text[i2])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth < 0)
                    {
                        return false;
                    }

                    break;
                case ';' or ':':
                    return false;
            }
        }

        return depth == 0;
    }

    private static bool IsHeading(string text, int s, int end)
    {
        var e = TrimEnd(text, s, end);
        var last = e - 1;
        while (last > s && IsCloser(text[last]))
        {
            last--;
        }

        if (IsTerminal(text[last]) || text[last] is ':' or ';')
        {
            return false;
        }

        var words = 0;
        var inWord = false;
        for (var i = s; i < e; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words <= MaxHeadingWords;
    }

    private static bool IsListItem(string text, int s, int end)
    {
        if (s >= end)
        {
            return false;
        }

        var c = text[s];
        if (c is '-' or '*' or '\u2022' or '\u00B7' or '\u25AA' or '\u2023' or '\u2013' or '\u2014' or '\u25CF' or '\u25E6')
        {
            return s + 1 < end && char.IsWhiteSpace(text[s + 1]);
        }

        var i = s;
        if (char.IsAsciiDigit(c))
        {
            while (i < end && i - s < 3 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        else if (char.IsAsciiLetterLower(c))
        {
            i++;
        }
        else
        {
            return false;
        }

        if (i >= end || text[i] is not ('.' or ')'))
        {
            return false;
        }

        // "a." is too easily a sentence fragment; letters need a parenthesis.
        if (char.IsAsciiLetterLower(c) && text[i] == '.')
        {
            return false;
        }

        return i + 1 < end && char.IsWhiteSpace(text[i + 1]);
    }

    private static void Add(string text, int start, int end, SegmentKind kind, List<Sentence> result)
    {
        var s = SkipSpaces(text, start, end);
        var e = TrimEnd(text, s, end);
        if (e > s)
        {
            result.Add(new Sentence(TextSpan.FromBounds(s, e), kind));
        }
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int LineEnd(string text, int i)
    {
        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u2019' or '\u201D' or '\u00BB' or '\u203A';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u2018' or '\u201C' or '\u00AB' or '\u2039';
}
