using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Classifies each block of an article (a line, or a paragraph of hard-wrapped lines) as body or boilerplate —
/// navigation, share bars, "see also" teasers, related-news blocks, UI placeholders — by language-neutral
/// structural rules. It knows no word of any language.
/// </summary>
/// <remarks>
/// <para>The rules, in the order they are tried (the first that fires names the block's reason):</para>
/// <list type="number">
/// <item><see cref="BoilerplateReason.GluedWords"/>: a block that is one whitespace-free token of at least 25 letters.</item>
/// <item><see cref="BoilerplateReason.RepeatedLine"/>: a block of at most 100 characters, not ending a sentence, appearing verbatim (spaces collapsed) at least twice.</item>
/// <item><see cref="BoilerplateReason.RepeatedPrefix"/>: a block of at most 250 characters opening with a label of at most
/// 4 words / 30 characters and a colon, the same label opening at least 3 blocks (blocks where a quotation follows the colon do not count: that is reported speech).</item>
/// <item><see cref="BoilerplateReason.ForeignScriptLine"/>: a block of at most 200 characters whose letters are at least 80% in a script
/// other than the article's main script (the script of at least 60% of the article's letters).</item>
/// <item><see cref="BoilerplateReason.TruncatedTeaser"/> / <see cref="BoilerplateReason.TeaserLabel"/>: a block ending in an ellipsis
/// followed by a label of at most 3 words / 30 characters without sentence-final punctuation.</item>
/// <item><see cref="BoilerplateReason.ShortLineRun"/>: at least 3 consecutive short lines (at most 60 characters, no sentence-final punctuation, not list items).
/// A heading standing alone between paragraphs is never a run, and the article's first block (its title) never joins one.</item>
/// <item><see cref="BoilerplateReason.TrailingBlock"/>: walking back from the end of the article over boilerplate blocks and heading-like
/// lines (at most 150 characters, no sentence-final punctuation); when that run holds at least 2 boilerplate blocks, its heading-like lines are boilerplate too.</item>
/// </list>
/// <para>Blocks: text is split at blank lines into paragraphs; a paragraph of several lines counts as one block when it looks
/// hard-wrapped (no line over 100 characters, every line but the last at least 30 characters and 60% of the longest and not
/// ending in an ellipsis), otherwise each line is a block.
/// Cost is linear in the text length. Immutable and thread-safe; never throws on any text content.</para>
/// </remarks>
internal static class BoilerplateDetector
{
    private const int GluedMinLetters = 25;
    private const int RepeatedLineMaxLength = 100;
    private const int PrefixMaxLength = 30;
    private const int PrefixMaxWords = 4;
    private const int PrefixMinCount = 3;
    private const int PrefixBlockMaxLength = 250;
    private const int ForeignMaxLength = 200;
    private const double ForeignMinShare = 0.8;
    private const double MainScriptMinShare = 0.6;
    private const int LabelMaxLength = 30;
    private const int LabelMaxWords = 3;
    private const int ShortLineMaxLength = 60;
    private const int ShortRunMinLength = 3;
    private const int HeadingMaxLength = 150;
    private const int TrailingMinBoilerplate = 2;
    private const int WrapMinLength = 30;
    private const int WrapMaxLength = 100;

    /// <summary>Classifies the blocks of <paramref name="article"/>'s text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ArticleLayout Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article.Text);
    }

    /// <summary>The boilerplate blocks of <paramref name="article"/>'s text, in text order, each with its reason.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ImmutableArray<BoilerplateSpan> Detect(Article article) => Analyze(article).Boilerplate;

    /// <summary>Classifies the blocks of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ArticleLayout Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = Split(text);
        var n = blocks.Count;
        var info = new BlockInfo[n];
        for (var i = 0; i < n; i++)
        {
            info[i] = BlockInfo.Of(text, blocks[i]);
        }

        var reasons = new BoilerplateReason?[n];
        var mainScript = MainScript(text);

        // Counts for the repetition rules.
        var lineCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in info)
        {
            lineCounts[b.Key] = lineCounts.GetValueOrDefault(b.Key) + 1;
            if (b.Prefix is { } p)
            {
                prefixCounts[p] = prefixCounts.GetValueOrDefault(p) + 1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var b = info[i];
            if (b.IsGlued)
            {
                reasons[i] = BoilerplateReason.GluedWords;
            }
            else if (b.Length <= RepeatedLineMaxLength && !b.EndsSentence && lineCounts[b.Key] >= 2)
            {
                reasons[i] = BoilerplateReason.RepeatedLine;
            }
            else if (b.Prefix is { } p && b.Length <= PrefixBlockMaxLength && prefixCounts[p] >= PrefixMinCount)
            {
                reasons[i] = BoilerplateReason.RepeatedPrefix;
            }
            else if (b.Length <= ForeignMaxLength && mainScript != Script.None && b.IsForeign(mainScript))
            {
                reasons[i] = BoilerplateReason.ForeignScriptLine;
            }
        }

        // Truncated teasers and their labels.
        for (var i = 0; i + 1 < n; i++)
        {
            if (info[i].EndsWithEllipsis && info[i + 1].IsLabel)
            {
                reasons[i] ??= BoilerplateReason.TruncatedTeaser;
                reasons[i + 1] ??= BoilerplateReason.TeaserLabel;
            }
        }

        // Runs of short non-sentence lines. The first block is a title, never part of a run.
        for (var i = 1; i < n;)
        {
            if (!info[i].IsShortLine)
            {
                i++;
                continue;
            }

            var j = i;
            while (j < n && info[j].IsShortLine)
            {
                j++;
            }

            if (j - i >= ShortRunMinLength)
            {
                for (var k = i; k < j; k++)
                {
                    reasons[k] ??= BoilerplateReason.ShortLineRun;
                }
            }

            i = j;
        }

        // The trailing run of boilerplate and heading-like lines.
        var start = n;
        var flagged = 0;
        while (start > 0 && (reasons[start - 1] is not null || info[start - 1].IsHeadingLike))
        {
            start--;
            if (reasons[start] is not null)
            {
                flagged++;
            }
        }

        if (flagged >= TrailingMinBoilerplate)
        {
            for (var k = start; k < n; k++)
            {
                reasons[k] ??= BoilerplateReason.TrailingBlock;
            }
        }

        var result = ImmutableArray.CreateBuilder<LayoutBlock>(n);
        for (var i = 0; i < n; i++)
        {
            result.Add(new LayoutBlock(blocks[i], reasons[i]));
        }

        return new ArticleLayout(text, result.MoveToImmutable());
    }

    /// <summary>Splits text into blocks: paragraphs at blank lines; a paragraph's lines separately unless it looks hard-wrapped.</summary>
    private static List<TextSpan> Split(string text)
    {
        var blocks = new List<TextSpan>();
        var paragraph = new List<TextSpan>();
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var line = Trim(text, pos, end);
            if (line.IsEmpty)
            {
                AddParagraph(text, paragraph, blocks);
            }
            else
            {
                paragraph.Add(line);
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        AddParagraph(text, paragraph, blocks);
        return blocks;
    }

    private static void AddParagraph(string text, List<TextSpan> lines, List<TextSpan> blocks)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var longest = lines.Max(l => l.Length);
        var wrapped = lines.Count > 1 && longest <= WrapMaxLength;
        for (var i = 0; i < lines.Count - 1 && wrapped; i++)
        {
            var line = text.AsSpan(lines[i].Start, lines[i].Length);
            wrapped = lines[i].Length >= WrapMinLength && lines[i].Length >= 0.6 * longest
                && !line.EndsWith("...", StringComparison.Ordinal) && !line.EndsWith("\u2026", StringComparison.Ordinal);
        }

        if (wrapped)
        {
            blocks.Add(TextSpan.FromBounds(lines[0].Start, lines[^1].End));
        }
        else
        {
            blocks.AddRange(lines);
        }

        lines.Clear();
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static Script MainScript(string text)
    {
        var counts = new int[(int)Script.Other + 1];
        var total = 0;
        foreach (var c in text)
        {
            var s = ScriptOf(c);
            if (s != Script.None)
            {
                counts[(int)s]++;
                total++;
            }
        }

        if (total == 0)
        {
            return Script.None;
        }

        var best = 1;
        for (var i = 2; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return counts[best] >= MainScriptMinShare * total ? (Script)best : Script.None;
    }

    /// <summary>The script of a letter (by Unicode block), or <see cref="Script.None"/> for a non-letter.</summary>
    internal static Script ScriptOf(char c)
    {
        if (!char.IsLetter(c))
        {
            return Script.None;
        }

        return c switch
        {
            <= '\u024F' => Script.Latin,
            >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u08FF' => Script.Arabic,
            >= '\uFB50' and <= '\uFDFF' => Script.Arabic,
            >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
            >= '\u0900' and <= '\u0DFF' => Script.Indic,
            >= '\u3040' and <= '\u30FF' => Script.Cjk,
            >= '\u4E00' and <= '\u9FFF' => Script.Cjk,
            >= '\u1100' and <= '\u11FF' => Script.Hangul,
            >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            _ => Script.Other,
        };
    }

    internal enum Script
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Hebrew,
        Arabic,
        Indic,
        Cjk,
        Hangul,
        Other,
    }

    /// <summary>Structural features of one block.</summary>
    private readonly struct BlockInfo
    {
        private readonly int[] _scripts;
        private readonly int _letters;

        private BlockInfo(int length, string key, string? prefix, bool isGlued, bool endsSentence, bool endsWithEllipsis,
            int words, bool isListItem, int[] scripts, int letters)
        {
            Length = length;
            Key = key;
            Prefix = prefix;
            IsGlued = isGlued;
            EndsSentence = endsSentence;
            EndsWithEllipsis = endsWithEllipsis;
            Words = words;
            IsListItem = isListItem;
            _scripts = scripts;
            _letters = letters;
        }

        public int Length { get; }

        /// <summary>The text with whitespace runs collapsed to one space.</summary>
        public string Key { get; }

        /// <summary>The label before a leading colon, whitespace collapsed, or null.</summary>
        public string? Prefix { get; }

        public bool IsGlued { get; }

        public bool EndsSentence { get; }

        public bool EndsWithEllipsis { get; }

        public int Words { get; }

        public bool IsListItem { get; }

        public bool IsShortLine => Length <= ShortLineMaxLength && !EndsSentence && !IsListItem;

        public bool IsLabel => Length <= LabelMaxLength && Words <= LabelMaxWords && !EndsSentence && !EndsWithEllipsis;

        public bool IsHeadingLike => Length <= HeadingMaxLength && !EndsSentence;

        public bool IsForeign(Script main) => _letters >= 2 && _scripts[(int)main] <= (1 - ForeignMinShare) * _letters;

        public static BlockInfo Of(string text, TextSpan span)
        {
            var s = text.AsSpan(span.Start, span.Length);
            var key = new System.Text.StringBuilder(s.Length);
            var scripts = new int[(int)Script.Other + 1];
            var letters = 0;
            var words = 0;
            var inWord = false;
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                    if (key.Length > 0 && key[^1] != ' ')
                    {
                        key.Append(' ');
                    }

                    continue;
                }

                if (!inWord)
                {
                    words++;
                    inWord = true;
                }

                key.Append(c);
                var script = ScriptOf(c);
                if (script != Script.None)
                {
                    scripts[(int)script]++;
                    letters++;
                }
            }

            var (endsSentence, ellipsis) = Ending(s);
            return new BlockInfo(s.Length, key.ToString(), LeadingLabel(s), words == 1 && letters >= GluedMinLetters,
                endsSentence, ellipsis, words, StartsWithListMarker(s), scripts, letters);
        }

        /// <summary>Whether the block ends with sentence-final punctuation (an ellipsis does not count) or with an ellipsis.</summary>
        private static (bool Sentence, bool Ellipsis) Ending(ReadOnlySpan<char> s)
        {
            var end = s.Length;
            while (end > 0 && IsClosing(s[end - 1]))
            {
                end--;
            }

            if (end == 0)
            {
                return (false, false);
            }

            var last = s[end - 1];
            if (last == '\u2026' || (last == '.' && end >= 3 && s[end - 2] == '.' && s[end - 3] == '.'))
            {
                return (false, true);
            }

            // Sentence terminals: . ! ? and their Arabic, Urdu, Devanagari and full-width forms.
            var sentence = last is '.' or '!' or '?' or '\u061F' or '\u06D4' or '\u0964' or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E';
            return (sentence, false);
        }

        private static bool IsClosing(char c) =>
            char.IsWhiteSpace(c) || c is '"' or '\'' or ')' or ']' or '}' or '*' or '_' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F';

        private static bool IsOpeningQuote(char c) =>
            c is '"' or '\'' or '\u201C' or '\u201E' or '\u2018' or '\u00AB' or '\u2039' or '\u300C' or '\u201D';

        private static string? LeadingLabel(ReadOnlySpan<char> s)
        {
            var limit = Math.Min(s.Length, PrefixMaxLength + 1);
            var colon = -1;
            for (var i = 0; i < limit; i++)
            {
                if (s[i] is ':' or '\uFF1A')
                {
                    colon = i;
                    break;
                }
            }

            if (colon <= 0)
            {
                return null;
            }

            var label = s[..colon].Trim();
            var rest = s[(colon + 1)..].Trim();
            if (label.Length == 0 || rest.Length == 0 || IsOpeningQuote(rest[0]) || label.IndexOfAnyInRange('0', '9') >= 0)
            {
                return null;
            }

            var words = 1;
            var letters = 0;
            foreach (var c in label)
            {
                if (char.IsWhiteSpace(c))
                {
                    words++;
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return words <= PrefixMaxWords && letters > 0 ? string.Join(' ', label.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
        }

        private static bool StartsWithListMarker(ReadOnlySpan<char> s)
        {
            if (s.Length >= 2 && s[0] is '-' or '*' or '+' or '\u2022' or '\u2013' && s[1] == ' ')
            {
                return true;
            }

            var i = 0;
            while (i < s.Length && char.IsDigit(s[i]))
            {
                i++;
            }

            return i > 0 && i + 1 < s.Length && s[i] is '.' or ')' && s[i + 1] == ' ';
        }
    }
}
