namespace ClaimTracker.Languages.Arabic.Catalog;

/// <summary>
/// Inflects Arabic relative adjectives (nisba, <c>…ي</c>) used as demonyms for gender, number and the
/// definite article, so that a catalog lists only the masculine singular.
/// </summary>
/// <remarks>
/// <para>Rules, applied to every word of the form in parallel (so that compounds such as a "North Korean"
/// adjective agree: both words take the same ending and the article):</para>
/// <list type="bullet">
/// <item>masculine singular <c>…ي</c>; feminine singular <c>…ية</c>;</item>
/// <item>sound masculine plural, nominative <c>…يون</c> and oblique <c>…يين</c>; sound feminine plural <c>…يات</c>;</item>
/// <item>dual, masculine <c>…يان</c> and feminine <c>…يتان</c> / <c>…يتين</c> (the masculine oblique dual is
/// written like the oblique plural without vowel marks);</item>
/// <item>each of the above again with the article <c>ال</c> on every word.</item>
/// </list>
/// <para>A form whose words do not all end in <c>ي</c> (a broken plural such as the plural of "Russian") is
/// kept as it is and gets only the article form. Words that already carry the article are left alone.
/// Reference: W. Wright, <i>A Grammar of the Arabic Language</i>, §249 (relative adjectives) and §§300–302
/// (sound plurals). Stateless and thread-safe.</para>
/// </remarks>
public static class ArabicDemonyms
{
    private const char Ya = '\u064A';
    private const string Article = "\u0627\u0644";

    // Endings that replace the final ي of the masculine singular: ي، ية، يون، يين، يات، يان، يتان، يتين.
    private static readonly string[] Endings =
    [
        "\u064A",
        "\u064A\u0629",
        "\u064A\u0648\u0646",
        "\u064A\u064A\u0646",
        "\u064A\u0627\u062A",
        "\u064A\u0627\u0646",
        "\u064A\u062A\u0627\u0646",
        "\u064A\u062A\u064A\u0646",
    ];

    /// <summary>
    /// Every form of the demonym <paramref name="form"/>: for a nisba, its gender, number and definite forms
    /// (16 in all, the input first); otherwise the form and its definite form.
    /// </summary>
    /// <param name="form">A masculine singular nisba (one or more words) or a broken plural.</param>
    /// <returns>Distinct forms, the input first; empty when <paramref name="form"/> is blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public static IReadOnlyList<string> Inflect(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var result = new List<string>();
        void Add(string s)
        {
            if (!result.Contains(s, StringComparer.Ordinal))
            {
                result.Add(s);
            }
        }

        var isNisba = words.All(w => w.Length >= 3 && w[^1] == Ya);
        if (!isNisba)
        {
            Add(string.Join(' ', words));
            Add(string.Join(' ', words.Select(Definite)));
            return result;
        }

        foreach (var definite in new[] { false, true })
        {
            foreach (var ending in Endings)
            {
                Add(string.Join(' ', words.Select(w =>
                {
                    var inflected = w[..^1] + ending;
                    return definite ? Definite(inflected) : inflected;
                })));
            }
        }

        return result;
    }

    private static string Definite(string word) =>
        word.StartsWith(Article, StringComparison.Ordinal) ? word : Article + word;
}
