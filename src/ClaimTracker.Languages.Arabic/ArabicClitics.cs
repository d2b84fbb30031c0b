using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// Conservative clitic analysis of one Arabic word: proclitics (و ف ب ك ل س ال), the stem and an enclitic pronoun
/// (ه ها هم هما هن كم كن نا, and on request ي and ك). Meant for claim extraction, where a wrong split costs more than
/// a missed one.
/// </summary>
/// <remarks>
/// <para>Rules, on a word normalized by <see cref="ArabicNormalizer"/> (default options), in this order:</para>
/// <list type="number">
/// <item><description>Conjunction و when at least <c>minStemLength</c> letters remain. Conjunction ف only before another
/// proclitic (ال, بال, كال, لل, س) or an imperfect-verb prefix ي ت ن, with <c>minStemLength + 1</c> letters left:
/// many foreign names start with ف (فلاديمير), so a bare ف + noun is left whole.</description></item>
/// <item><description>Preposition ب, ك or ل directly before the article (بال، كال، لل = ل + ال), or the future particle س
/// before an imperfect prefix ي ت ن with <c>minStemLength + 1</c> letters left.</description></item>
/// <item><description>Definite article ال.</description></item>
/// <item><description>Enclitic pronoun, only when the word has no article (Arabic never has both), longest first, leaving at least
/// <c>minStemLength</c> letters (<c>minStemLength + 1</c> for the one-letter pronoun ه).</description></item>
/// <item><description>A bare ب or ل (no article) only when <c>minStemLength + 1</c> letters remain after it and the enclitic,
/// and the next letter is not ا; ب also not before ي or و (بين, بيان, بوتين). Bare ك is never split (كيفية, كوفيد).
/// بيت and كتاب stay whole; لروسيا and بموسكو split.</description></item>
/// </list>
/// <para>A proclitic letter is never stripped when the word from that letter on starts with an entry of the
/// <c>clitic-exceptions.yaml</c> lexicon (common stems that begin with و ف ب ك ل س or ال: وزير, فرنسا, ليبيا, الماني…);
/// an entry ending in <c>$</c> (اليها$) must match the whole rest of the word.
/// The one-letter pronouns ي (me, my) and ك (you, your) are split only with <c>splitYaAndKaf: true</c>: they are rare
/// outside direct speech, while nisba adjectives (روسي) and names (نيويورك) end with the same letters.
/// Proclitics are reported in reading order; ل + ال is reported as two proclitics even when spelled لل.
/// Stateless and thread-safe; never throws on text content.</para>
/// </remarks>
public static class ArabicClitics
{
    /// <summary>The minimum stem length used by <see cref="Split(string)"/>: 3 letters, the length of most Arabic roots.</summary>
    public const int DefaultMinStemLength = 3;

    private const char Waw = '\u0648';
    private const char Feh = '\u0641';
    private const char Beh = '\u0628';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const char Seen = '\u0633';
    private const char Alef = '\u0627';
    private const string Article = "\u0627\u0644";

    private static readonly string[] Enclitics =
    [
        "\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627",
        "\u0647",
    ];

    private static readonly Lazy<FrozenDictionary<char, string[]>> Exceptions = new(LoadExceptions);

    /// <summary>Splits <paramref name="word"/> with <see cref="DefaultMinStemLength"/>, leaving final ي and ك attached.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static ArabicCliticAnalysis Split(string word) => Split(word, DefaultMinStemLength, splitYaAndKaf: false);

    /// <summary>Splits <paramref name="word"/> into proclitics, stem and enclitic.</summary>
    /// <param name="word">One word, normalized by <see cref="ArabicNormalizer"/>.</param>
    /// <param name="minStemLength">The fewest letters a stem may keep, 2 or more.</param>
    /// <param name="splitYaAndKaf">Whether the one-letter pronouns ي (first person) and ك (second person singular) may be split off.</param>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minStemLength"/> is less than 2.</exception>
    public static ArabicCliticAnalysis Split(string word, int minStemLength, bool splitYaAndKaf = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (minStemLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(minStemLength), minStemLength, "The minimum stem length must be 2 or more.");
        }

        var proclitics = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        var end = word.Length;
        int Left() => end - start;

        // 1. Conjunction.
        if (start < end && (word[start] == Waw || (word[start] == Feh && FehMayPrecede(word, start + 1))) && !IsException(word, start))
        {
            var need = word[start] == Waw ? minStemLength : minStemLength + 1;
            if (Left() - 1 >= need)
            {
                proclitics.Add(word[start].ToString());
                start++;
            }
        }

        // 2. Preposition before the article, or future particle.
        var hasArticle = false;
        if (Left() >= 2 && word[start] is Beh or Kaf or Lam && !IsException(word, start))
        {
            if (string.CompareOrdinal(word, start + 1, Article, 0, 2) == 0 && Left() - 3 >= minStemLength && !IsException(word, start + 1))
            {
                proclitics.Add(word[start].ToString());
                proclitics.Add(Article);
                start += 3;
                hasArticle = true;
            }
            else if (word[start] == Lam && word[start + 1] == Lam && Left() - 2 >= minStemLength)
            {
                proclitics.Add(Lam.ToString());
                proclitics.Add(Article);
                start += 2;
                hasArticle = true;
            }
        }
        else if (Left() >= 2 && word[start] == Seen && word[start + 1] is '\u064A' or '\u062A' or '\u0646'
                 && Left() - 1 >= minStemLength + 1 && !IsException(word, start))
        {
            proclitics.Add(Seen.ToString());
            start++;
        }

        // 3. Article.
        if (!hasArticle && Left() - 2 >= minStemLength && string.CompareOrdinal(word, start, Article, 0, 2) == 0 && !IsException(word, start))
        {
            proclitics.Add(Article);
            start += 2;
            hasArticle = true;
        }

        // 4. Enclitic pronoun.
        string? enclitic = null;
        if (!hasArticle)
        {
            foreach (var e in Enclitics)
            {
                var need = e.Length == 1 ? minStemLength + 1 : minStemLength;
                if (Left() - e.Length >= need && string.CompareOrdinal(word, end - e.Length, e, 0, e.Length) == 0)
                {
                    enclitic = e;
                    end -= e.Length;
                    break;
                }
            }

            if (enclitic is null && splitYaAndKaf && Left() - 1 >= minStemLength + 1 && word[end - 1] is '\u064A' or Kaf)
            {
                enclitic = word[end - 1].ToString();
                end--;
            }

            // 5. Bare preposition.
            if (Left() - 1 >= minStemLength + 1 && word[start] is Beh or Lam && word[start + 1] != Alef
                && !(word[start] == Beh && word[start + 1] is '\u064A' or Waw) && !IsException(word, start))
            {
                proclitics.Add(word[start].ToString());
                start++;
            }
        }

        return new ArabicCliticAnalysis(word, proclitics.ToImmutable(), TextSpan.FromBounds(start, end), enclitic);
    }

    /// <summary>ف is split only before the article, a preposition + article, the future particle or an imperfect prefix.</summary>
    private static bool FehMayPrecede(string word, int at)
    {
        var rest = word.AsSpan(at);
        return rest.StartsWith(Article, StringComparison.Ordinal)
            || (rest.Length > 2 && rest[0] is Beh or Kaf or Lam && (rest[1..].StartsWith(Article, StringComparison.Ordinal) || (rest[0] == Lam && rest[1] == Lam)))
            || (rest.Length > 1 && rest[0] == Seen && rest[1] is '\u064A' or '\u062A' or '\u0646')
            || (rest.Length > 0 && rest[0] is '\u064A' or '\u062A' or '\u0646');
    }

    private static bool IsException(string word, int at)
    {
        if (at >= word.Length || !Exceptions.Value.TryGetValue(word[at], out var stems))
        {
            return false;
        }

        foreach (var entry in stems)
        {
            // An entry ending in '$' must match the whole rest of the word; other entries match as prefixes.
            var exact = entry[^1] == '$';
            var length = exact ? entry.Length - 1 : entry.Length;
            var rest = word.Length - at;
            if ((exact ? rest == length : rest >= length) && string.CompareOrdinal(word, at, entry, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<char, string[]> LoadExceptions()
    {
        var doc = ArabicLanguagePack.Instance.Lexicons.TryLoad<string>("clitic-exceptions.yaml");
        return (doc?.Entries ?? [])
            .Select(e => ArabicNormalizer.Default.NormalizeString(e.Trim()))
            .Where(e => e.Length > 0 && e != "$")
            .Distinct(StringComparer.Ordinal)
            .GroupBy(e => e[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }
}

/// <summary>The result of <see cref="ArabicClitics.Split(string)"/>: proclitics, stem and enclitic of one word.</summary>
/// <remarks>Immutable and thread-safe. When nothing is split, <see cref="Proclitics"/> is empty, <see cref="Stem"/> is the word
/// and <see cref="Enclitic"/> is null.</remarks>
public sealed class ArabicCliticAnalysis
{
    internal ArabicCliticAnalysis(string word, ImmutableArray<string> proclitics, TextSpan stemSpan, string? enclitic)
    {
        Word = word;
        Proclitics = proclitics;
        StemSpan = stemSpan;
        Enclitic = enclitic;
    }

    /// <summary>The analysed word.</summary>
    public string Word { get; }

    /// <summary>The proclitics in reading order, e.g. و, ب, ال for وبالمدينة.</summary>
    public ImmutableArray<string> Proclitics { get; }

    /// <summary>Where the stem lies in <see cref="Word"/>.</summary>
    public TextSpan StemSpan { get; }

    /// <summary>The stem: what is left of the word without its clitics.</summary>
    public string Stem => StemSpan.Slice(Word);

    /// <summary>The enclitic pronoun, or null.</summary>
    public string? Enclitic { get; }

    /// <summary>True when the word has the definite article.</summary>
    public bool IsDefinite => Proclitics.Contains("\u0627\u0644");

    /// <summary>Formats as proclitics + stem + enclitic, joined with <c>+</c>.</summary>
    public override string ToString() =>
        string.Join("+", Proclitics.Append(Stem).Concat(Enclitic is null ? [] : [Enclitic]));
}
