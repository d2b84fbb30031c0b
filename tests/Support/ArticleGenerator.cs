using System.Globalization;
using System.Text;
using ClaimTracker.Catalog;
using ClaimTracker.Extraction;
using ClaimTracker.Lexicons;
using ClaimTracker.Model;

namespace ClaimTracker.Testing.Generation;

/// <summary>
/// A small deterministic generator of English news-like articles for scale tests and benchmarks: every sentence is
/// "Speaker [speech verb] that Agent [event verb] Recipient on [date]." with the speech verbs and event verbs taken from
/// the English pack's lexicons (cues.yaml, events.yaml) and the names from the entity catalog, so the extractor reads a
/// claim from most sentences. The same seed gives the same articles on every machine.
/// </summary>
/// <remarks>Not a language model: the text is only as varied as the lexicons. Issue #19's <c>generate</c> command may reuse it.</remarks>
public sealed class ArticleGenerator
{
    private readonly string[] _names;
    private readonly string[] _assertVerbs;
    private readonly string[] _denyVerbs;
    private readonly string[] _eventVerbs;

    /// <summary>Creates a generator over <paramref name="catalog"/>'s English government names and the pack lexicons of <paramref name="lexicons"/>.</summary>
    /// <param name="catalog">The entity catalog (names in English are used).</param>
    /// <param name="lexicons">The English pack's lexicons.</param>
    /// <param name="entityCount">How many distinct entities appear (fewer means bigger blocks).</param>
    public ArticleGenerator(EntityCatalog catalog, ILexiconProvider lexicons, int entityCount = 120)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(lexicons);
        _names = [.. catalog.Entities
            .Where(e => e.Kind == EntityKind.Government && e.NameIn("en") is { } n && !n.Contains(' ', StringComparison.Ordinal))
            .Select(e => e.NameIn("en")!)
            .Order(StringComparer.Ordinal)
            .Take(entityCount)];
        var cues = lexicons.TryLoad<ExtractionTerm>("cues.yaml")?.Entries ?? throw new InvalidOperationException("The pack has no cues lexicon.");
        _assertVerbs = PastForms(cues.Where(t => t.Type == "speech" && t.Value == "asserts"));
        _denyVerbs = PastForms(cues.Where(t => t.Type == "speech" && t.Value == "denies"));
        var events = lexicons.TryLoad<ExtractionTerm>("events.yaml")?.Entries ?? throw new InvalidOperationException("The pack has no events lexicon.");
        _eventVerbs = PastForms(events.Where(t => t.Type == "trigger" && !t.Nominal && !t.Inverse && !t.Negates && t.Value is { Length: 3 } v && v.All(char.IsAsciiDigit)));
        if (_names.Length < 3 || _assertVerbs.Length == 0 || _denyVerbs.Length == 0 || _eventVerbs.Length == 0)
        {
            throw new InvalidOperationException("The catalog or lexicons are too small to generate articles.");
        }
    }

    /// <summary>The article number <paramref name="index"/> of the sequence for <paramref name="seed"/>: id <c>gen-NNNNN</c>.</summary>
    /// <param name="index">The article's number (0 or more).</param>
    /// <param name="seed">The sequence.</param>
    /// <param name="sentences">How many claim sentences the article has.</param>
    public Article Generate(int index, int seed = 18, int sentences = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var published = new DateTime(2023, 1, 1).AddDays(random.Next(0, 3 * 365));
        var text = new StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            var speaker = _names[random.Next(_names.Length)];
            var agent = _names[random.Next(_names.Length)];
            var recipient = _names[random.Next(_names.Length)];
            while (recipient == agent)
            {
                recipient = _names[random.Next(_names.Length)];
            }

            var verb = random.Next(5) == 0 ? _denyVerbs[random.Next(_denyVerbs.Length)] : _assertVerbs[random.Next(_assertVerbs.Length)];
            var day = published.AddDays(-random.Next(0, 20));
            text.Append(CultureInfo.InvariantCulture, $"{speaker} {verb} that {agent} {_eventVerbs[random.Next(_eventVerbs.Length)]} {recipient} on {day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}. ");
        }

        return new Article($"gen-{index:D5}", text.ToString().TrimEnd(), "en", FuzzyTime.Day(published.Year, published.Month, published.Day), "Generated Wire");
    }

    /// <summary>Articles 0 to <paramref name="count"/> − 1 of the sequence for <paramref name="seed"/>.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The sequence.</param>
    public IEnumerable<Article> GenerateMany(int count, int seed = 18, int sentences = 5) => Enumerable.Range(0, count).Select(i => Generate(i, seed, sentences));

    private static string[] PastForms(IEnumerable<ExtractionTerm> terms) =>
        [.. terms.SelectMany(t => t.Forms).Where(f => f.EndsWith("ed", StringComparison.Ordinal) && !f.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
