using System.Globalization;
using System.Text;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// Normalizes Arabic text for matching while keeping an offset map back to the original.
/// </summary>
/// <remarks>
/// <para>
/// The rules, in the order they apply to each character (see <see cref="ArabicNormalizationRule"/> for details,
/// and <see cref="ArabicNormalizerOptions"/> for the defaults):
/// </para>
/// <list type="number">
/// <item><description>presentation forms → NFKC (a ligature such as ﻻ becomes two characters mapped to one original offset);
/// each resulting character then goes through the rules below;</description></item>
/// <item><description>bidi and joining controls removed; no-break and other spaces → ASCII space;</description></item>
/// <item><description>harakat U+064B–U+065F and dagger alef U+0670 removed; Quranic marks U+06D6–U+06ED removed; tatweel removed;</description></item>
/// <item><description>alef variants أ إ آ ٱ → ا; alef maqsura ى → ي; teh marbuta ة → ه (off by default); hamza seats ؤ ئ → و ي (off by default);
/// Persian/Urdu variants ک ی → ك ي;</description></item>
/// <item><description>Arabic-Indic and Eastern Arabic-Indic digits → ASCII; Arabic punctuation ، ؛ ؟ ٫ ٬ ٪ → , ; ? . , %.</description></item>
/// </list>
/// <para>
/// Sources: L. S. Larkey, L. Ballesteros and M. E. Connell, "Light Stemming for Arabic Information Retrieval",
/// in <i>Arabic Computational Morphology</i>, Springer, 2007 (normalization step of light10); Apache Lucene's
/// <c>ArabicNormalizer</c> (org.apache.lucene.analysis.ar); the Unicode Standard, chapter 9.2 (Arabic), and
/// UAX #15 (normalization forms).
/// </para>
/// <para>
/// Every rule maps one original code unit to zero, one or (presentation forms only) several output code units, without
/// looking at its neighbours, so normalizing any slice of the original gives the matching slice of the output.
/// Surrogates (paired or lone), NUL and other code units no rule touches are copied unchanged. Never throws on
/// text content. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ArabicNormalizer : ITextNormalizer
{
    private const char Alef = '\u0627';
    private const char Yeh = '\u064A';
    private const char Heh = '\u0647';
    private const char Waw = '\u0648';
    private const char Kaf = '\u0643';

    private static readonly string?[] PresentationFormsB = BuildTable(0xFE70, 0xFEFF);
    private static readonly string?[] PresentationFormsA = BuildTable(0xFB50, 0xFDFF);

    /// <summary>Creates a normalizer applying the rules switched on in <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ArabicNormalizer(ArabicNormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>A normalizer with <see cref="ArabicNormalizerOptions.Default"/>.</summary>
    public static ArabicNormalizer Default { get; } = new(ArabicNormalizerOptions.Default);

    /// <summary>The rules this normalizer applies.</summary>
    public ArabicNormalizerOptions Options { get; }

    /// <inheritdoc />
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new NormalizedTextBuilder(text);
        Run(text, builder, null);
        return builder.Build();
    }

    /// <summary>Normalizes <paramref name="text"/> and returns only the normalized string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string NormalizeString(string text) => Normalize(text).Text;

    /// <summary>
    /// Lists every change normalization makes to <paramref name="text"/>, in text order: which original code unit,
    /// what it became (empty when removed) and which rule did it. A presentation form may give several entries:
    /// its decomposition, then the rules applied to the decomposed characters.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<ArabicNormalizationChange> Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<ArabicNormalizationChange>();
        Run(text, null, changes);
        return changes;
    }

    private void Run(string text, NormalizedTextBuilder? builder, List<ArabicNormalizationChange>? trace)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Options.FoldPresentationForms && PresentationForm(c) is { } expansion)
            {
                trace?.Add(new ArabicNormalizationChange(i, c.ToString(), expansion, ArabicNormalizationRule.PresentationForm));
                foreach (var e in expansion)
                {
                    Single(e, i, builder, trace);
                }
            }
            else
            {
                Single(c, i, builder, trace);
            }
        }
    }

    private void Single(char c, int offset, NormalizedTextBuilder? builder, List<ArabicNormalizationChange>? trace)
    {
        var rule = Classify(c, out var replacement);
        if (rule is { } r && Options.IsEnabled(r))
        {
            trace?.Add(new ArabicNormalizationChange(offset, c.ToString(), replacement == '\0' ? "" : replacement.ToString(), r));
            if (replacement != '\0')
            {
                builder?.Append(replacement, offset);
            }
        }
        else
        {
            builder?.Append(c, offset);
        }
    }

    /// <summary>The rule that applies to <paramref name="c"/> and what it becomes (<c>'\0'</c> = removed), or null.</summary>
    internal static ArabicNormalizationRule? Classify(char c, out char replacement)
    {
        replacement = '\0';
        switch (c)
        {
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u2060' or '\uFEFF' or '\u00AD':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2066' and <= '\u2069':
                return ArabicNormalizationRule.FormatControl;
            case >= '\u064B' and <= '\u065F':
            case '\u0670':
                return ArabicNormalizationRule.Diacritic;
            case >= '\u06D6' and <= '\u06ED':
                return ArabicNormalizationRule.QuranicMark;
            case '\u0640':
                return ArabicNormalizationRule.Tatweel;
            case '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673':
                replacement = Alef;
                return ArabicNormalizationRule.Alef;
            case '\u0649':
                replacement = Yeh;
                return ArabicNormalizationRule.AlefMaqsura;
            case '\u0629':
                replacement = Heh;
                return ArabicNormalizationRule.TehMarbuta;
            case '\u0624':
                replacement = Waw;
                return ArabicNormalizationRule.HamzaSeat;
            case '\u0626':
                replacement = Yeh;
                return ArabicNormalizationRule.HamzaSeat;
            case '\u06A9':
                replacement = Kaf;
                return ArabicNormalizationRule.PersianLetter;
            case '\u06CC' or '\u06D2':
                replacement = Yeh;
                return ArabicNormalizationRule.PersianLetter;
            case '\u06C1':
                replacement = Heh;
                return ArabicNormalizationRule.PersianLetter;
            case >= '\u0660' and <= '\u0669':
                replacement = (char)('0' + (c - '\u0660'));
                return ArabicNormalizationRule.Digit;
            case >= '\u06F0' and <= '\u06F9':
                replacement = (char)('0' + (c - '\u06F0'));
                return ArabicNormalizationRule.Digit;
            case '\u060C' or '\u066C':
                replacement = ',';
                return ArabicNormalizationRule.Punctuation;
            case '\u061B':
                replacement = ';';
                return ArabicNormalizationRule.Punctuation;
            case '\u061F':
                replacement = '?';
                return ArabicNormalizationRule.Punctuation;
            case '\u066B' or '\u06D4':
                replacement = '.';
                return ArabicNormalizationRule.Punctuation;
            case '\u066A':
                replacement = '%';
                return ArabicNormalizationRule.Punctuation;
            case ' ':
                return null;
            default:
                if (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
                {
                    replacement = ' ';
                    return ArabicNormalizationRule.Space;
                }

                return null;
        }
    }

    /// <summary>The NFKC decomposition of a presentation form, or null when <paramref name="c"/> is not one or stays as is.</summary>
    internal static string? PresentationForm(char c) => c switch
    {
        >= '\uFE70' and <= '\uFEFF' => PresentationFormsB[c - 0xFE70],
        >= '\uFB50' and <= '\uFDFF' => PresentationFormsA[c - 0xFB50],
        _ => null,
    };

    private static string?[] BuildTable(int first, int last)
    {
        var table = new string?[last - first + 1];
        for (var code = first; code <= last; code++)
        {
            var s = ((char)code).ToString();
            string nfkc;
            try
            {
                nfkc = s.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                continue;
            }
            catch (PlatformNotSupportedException)
            {
                continue;
            }

            if (nfkc == s || nfkc.Length == 0)
            {
                continue;
            }

            // Isolated forms of harakat decompose to a space plus the mark: keep only the mark.
            if (nfkc[0] == ' ' && nfkc.Length > 1 && nfkc.Skip(1).All(IsMark))
            {
                nfkc = nfkc[1..];
            }

            // Only decompositions that stay inside one word are used, so a token never ends inside an expansion.
            if (nfkc.All(ch => char.IsLetter(ch) || IsMark(ch)))
            {
                table[code - first] = nfkc;
            }
        }

        return table;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

/// <summary>One change made by <see cref="ArabicNormalizer"/>: which original code unit, what it became and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Offset">Offset of the original code unit in the normalized text's original.</param>
/// <param name="Before">The character(s) before the rule applied.</param>
/// <param name="After">The character(s) the rule produced; empty when the character was removed.</param>
/// <param name="Rule">The rule that made the change.</param>
public readonly record struct ArabicNormalizationChange(int Offset, string Before, string After, ArabicNormalizationRule Rule);
