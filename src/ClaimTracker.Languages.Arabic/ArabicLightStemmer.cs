using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// The <b>light10</b> Arabic light stemmer of Larkey, Ballesteros and Connell: it strips a small set of prefixes
/// and suffixes without trying to find the root.
/// </summary>
/// <remarks>
/// <para>Sources: L. S. Larkey, L. Ballesteros and M. E. Connell, "Improving Stemming for Arabic Information
/// Retrieval: Light Stemming and Co-occurrence Analysis", SIGIR 2002, pp. 275–282; and the same authors,
/// "Light Stemming for Arabic Information Retrieval", in A. Soudi, A. van den Bosch and G. Neumann (eds.),
/// <i>Arabic Computational Morphology</i>, Springer, 2007, pp. 221–243. Apache Lucene's <c>ArabicStemmer</c>
/// implements the same algorithm.</para>
/// <para>Steps, on a word already normalized by <see cref="ArabicNormalizer"/>:</para>
/// <list type="number">
/// <item><description>remove a leading و ("and") if 3 or more characters remain;</description></item>
/// <item><description>remove one definite article ال, وال, بال, كال, فال or لل (longest first) if 2 or more characters remain;</description></item>
/// <item><description>go once through the suffixes ها, ان, ات, ون, ين, يه, ية, ه, ة, ي in that order, removing each one
/// found at the end of the word if 2 or more characters remain.</description></item>
/// </list>
/// <para>Being a light stemmer it over-stems words whose first letter is و (وزير → زير), as the paper notes;
/// use <see cref="ArabicClitics"/> for a conservative analysis. Never throws on text content. Stateless and thread-safe.</para>
/// </remarks>
public sealed class ArabicLightStemmer : IStemmer
{
    private static readonly string[] Articles = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0627\u0644", "\u0644\u0644"];

    private static readonly string[] Suffixes =
    [
        "\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u064A\u0629",
        "\u0647", "\u0629", "\u064A",
    ];

    /// <summary>The shared instance.</summary>
    public static ArabicLightStemmer Instance { get; } = new();

    /// <inheritdoc />
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var start = 0;
        var end = word.Length;
        if (end - start >= 4 && word[start] == '\u0648')
        {
            start++;
        }

        foreach (var article in Articles)
        {
            if (end - start - article.Length >= 2 && string.CompareOrdinal(word, start, article, 0, article.Length) == 0)
            {
                start += article.Length;
                break;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (end - start - suffix.Length >= 2 && string.CompareOrdinal(word, end - suffix.Length, suffix, 0, suffix.Length) == 0)
            {
                end -= suffix.Length;
            }
        }

        return start == 0 && end == word.Length ? word : word[start..end];
    }
}
