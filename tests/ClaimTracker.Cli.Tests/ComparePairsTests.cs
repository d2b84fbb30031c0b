using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Comparison;
using Xunit.Abstractions;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Runs the headline-pair evaluation set (tests/fixtures/compare/pairs-*.jsonl, own writing) through the same code path as
/// <c>claimtracker compare</c> and asserts per-language accuracy floors. The confusion matrix and per-phenomenon accuracy
/// are written to the test output.
/// </summary>
public class ComparePairsTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["corroborates", "contradicts", "refines", "unrelated"];

    internal sealed record Pair(string Line, string Expected, string Phenomenon);

    internal sealed record Outcome(Pair Pair, string Actual)
    {
        /// <summary>Refines is agreement: a refines/corroborates confusion counts as correct at the agreement level.</summary>
        public bool Correct => Agreement(Pair.Expected) == Agreement(Actual);

        public bool Exact => Pair.Expected == Actual;
    }

    private static string Agreement(string kind) => kind switch
    {
        "corroborates" or "refines" or "predictionConfirmed" => "agrees",
        "contradicts" or "predictionOverturned" => "conflicts",
        _ => "unrelated",
    };

    private static List<Pair> Load(string lang)
    {
        var path = Path.Combine(EvalCommandTests.RepoRoot(), "tests", "fixtures", "compare", $"pairs-{lang}.jsonl");
        var pairs = new List<Pair>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            pairs.Add(new Pair(line, doc.RootElement.GetProperty("expected").GetString()!, doc.RootElement.GetProperty("phenomenon").GetString()!));
        }

        return pairs;
    }

    private List<Outcome> Run(string lang)
    {
        var outcomes = Outcomes(lang);
        Report(lang, outcomes);
        return outcomes;
    }

    /// <summary>Every pair of the language's set with the relation the <c>compare</c> code path gives (also used by DocFiguresTests).</summary>
    internal static List<Outcome> Outcomes(string lang)
    {
        var pairs = Load(lang);
        var comparer = new ClaimComparer(new ComparisonOptions { OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog) });
        var outcomes = new List<Outcome>();
        foreach (var pair in pairs)
        {
            var result = CompareCommand.ComparePair(pair.Line, ExtractionSetup.Instance.Extractor, comparer);
            using var doc = JsonDocument.Parse(result);
            outcomes.Add(new Outcome(pair, doc.RootElement.GetProperty("relation").GetString()!));
        }

        return outcomes;
    }

    private void Report(string lang, List<Outcome> outcomes)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"[{lang}] {outcomes.Count} pairs; agreement-level accuracy {Accuracy(outcomes):0.000}, exact {outcomes.Count(o => o.Exact) / (double)outcomes.Count:0.000}");
        sb.AppendLine("expected \\ actual   " + string.Join(" ", Kinds.Select(k => k.PadLeft(13))));
        foreach (var e in Kinds)
        {
            sb.AppendLine(e.PadRight(19) + string.Join(" ", Kinds.Select(a => outcomes.Count(o => o.Pair.Expected == e && o.Actual == a).ToString(inv).PadLeft(13))));
        }

        foreach (var g in outcomes.GroupBy(o => o.Pair.Phenomenon).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(inv, $"  {g.Key,-14} {g.Count(o => o.Correct),3}/{g.Count(),3}");
        }

        foreach (var o in outcomes.Where(o => !o.Correct))
        {
            sb.AppendLine(inv, $"  MISS expected {o.Pair.Expected} got {o.Actual}: {o.Pair.Line}");
        }

        output.WriteLine(sb.ToString());
    }

    private static double Accuracy(List<Outcome> outcomes) => outcomes.Count(o => o.Correct) / (double)outcomes.Count;

    [Fact]
    public void ComparePairs_Arabic_AccuracyAboveFloor()
    {
        var outcomes = Run("ar");
        outcomes.Should().HaveCountGreaterThanOrEqualTo(120);
        Accuracy(outcomes).Should().BeGreaterThanOrEqualTo(ArabicFloor);
    }

    [Fact]
    public void ComparePairs_English_AccuracyAboveFloor()
    {
        var outcomes = Run("en");
        outcomes.Should().HaveCountGreaterThanOrEqualTo(40);
        Accuracy(outcomes).Should().BeGreaterThanOrEqualTo(EnglishFloor);
    }

    // Measured 0.838 (ar) and 0.841 (en) at the agreement level; the floors leave room for small lexicon changes.
    private const double ArabicFloor = 0.80;
    private const double EnglishFloor = 0.80;

    // ---- the rules the pair set exercises, one pair each (own sentences, not from the set) ---------------------------

    private static JsonElement Compare(string lang, string a, string b)
    {
        var comparer = new ClaimComparer(new ComparisonOptions { OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog) });
        var line = JsonSerializer.Serialize(new { a, b, lang, published = "2025-05-01" });
        return JsonDocument.Parse(CompareCommand.ComparePair(line, ExtractionSetup.Instance.Extractor, comparer)).RootElement.Clone();
    }

    private static string Kind(JsonElement e) => e.GetProperty("relation").GetString()!;

    private static string Reasons(JsonElement e) =>
        string.Join(" | ", e.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("type").GetString() + ": " + r.GetProperty("detail").GetString()));

    [Theory]
    // Subjects the catalog lacks: content words stand in, in either word order or voice.
    [InlineData("ar", "النادي الأهلي يفوز على نادي الترجي", "فوز النادي الأهلي على نادي الترجي", "corroborates")]
    [InlineData("en", "Teachers win pay dispute", "Teachers won the pay dispute", "corroborates")]
    // Negation and antonyms on content-word claims.
    [InlineData("ar", "البلدية تغلق السوق المركزي", "البلدية تفتح السوق المركزي", "contradicts")]
    [InlineData("ar", "البلدية أغلقت السوق المركزي", "البلدية لم تغلق السوق المركزي", "contradicts")]
    [InlineData("en", "The council approves the stadium plan", "The council rejects the stadium plan", "contradicts")]
    // Changed number of a counted noun.
    [InlineData("ar", "اعتقال 14 مهربا في الميناء", "اعتقال 40 مهربا في الميناء", "contradicts")]
    // Different events that share a word.
    [InlineData("ar", "ارتفاع أسعار القطن", "ارتفاع أسعار الإسمنت", "unrelated")]
    [InlineData("en", "Cotton prices rise", "Cement prices rise", "unrelated")]
    public void ComparePair_ContentWordClaims_GiveRelation(string lang, string a, string b, string relation)
    {
        var e = Compare(lang, a, b);
        Kind(e).Should().Be(relation, Reasons(e));
    }

    [Fact]
    public void ComparePair_SwappedUncataloguedActors_ContradictsWithRolesSwapped()
    {
        var e = Compare("en", "Rovers beat United", "United beat Rovers");
        Kind(e).Should().Be("contradicts", Reasons(e));
        Reasons(e).Should().Contain("rolesSwapped");
    }

    [Fact]
    public void ComparePair_MonthInsideDate_IsNoParticipantAndDatesConflict()
    {
        var e = Compare("en", "The bridge opened to traffic in March 2021", "The bridge opened to traffic in October 2023");
        Kind(e).Should().Be("contradicts", Reasons(e));
        Reasons(e).Should().Contain("timesConflict").And.NotContain("term:march");
    }

    [Fact]
    public void ComparePair_LongSentenceWithSingleActor_Unrelated()
    {
        var a = "وفي سياق متصل، قالت مصادر متعددة إن روسيا تبحث منذ أشهر طويلة عن سبل جديدة لتعزيز حضورها الاقتصادي في المنطقة وسط ظروف دولية معقدة.";
        var b = "وأرسلت روسيا 20 طنا من القمح إلى سوريا.";
        var e = Compare("ar", a, b);
        Kind(e).Should().Be("unrelated", Reasons(e));
    }
    [Theory]
    [InlineData("en", "Egypt's president visited Turkey on Monday", "Turkey's president visited Egypt on Monday")]
    [InlineData("ar", "زار الرئيس المصري تركيا", "زار الرئيس التركي مصر")]
    public void ComparePair_VisitsInOppositeDirections_UnrelatedNotContradicts(string lang, string a, string b)
    {
        var e = Compare(lang, a, b);
        Kind(e).Should().Be("unrelated", Reasons(e));
        Reasons(e).Should().Contain("rolesSwapped").And.Contain("has a direction");
    }

    [Theory]
    [InlineData("en", "The Egyptian president met the Turkish president in Cairo", "The Turkish president met the Egyptian president in Cairo")]
    [InlineData("ar", "التقى الرئيس المصري الرئيس التركي في القاهرة", "التقى الرئيس التركي الرئيس المصري في القاهرة")]
    public void ComparePair_MeetingWithActorsExchanged_CorroboratesAsOneMeeting(string lang, string a, string b)
    {
        var e = Compare(lang, a, b);
        Kind(e).Should().Be("corroborates", Reasons(e));
        Reasons(e).Should().NotContain("rolesSwapped");
    }
    [Theory]
    [InlineData("en", "Russia sends wheat to Syria", "If Russia sends wheat to Syria, prices will fall")]
    [InlineData("ar", "أرسلت روسيا القمح إلى سوريا", "إذا أرسلت روسيا القمح إلى سوريا فستنخفض الأسعار")]
    [InlineData("ar", "أرسلت روسيا القمح إلى سوريا", "ولو أرسلت روسيا القمح إلى سوريا لانخفضت الأسعار")]
    public void ComparePair_ConditionalClause_NeitherConfirmsNorContradicts(string lang, string report, string hypothetical)
    {
        var e = Compare(lang, report, hypothetical);
        Kind(e).Should().Be("unrelated", Reasons(e));
        Reasons(e).Should().Contain("questions");
    }
    [Theory]
    [InlineData("en", "Russia and Iran expanded their cooperation", "Russia and China expanded their cooperation")]
    [InlineData("ar", "وسعت روسيا وإيران التعاون بينهما", "وسعت روسيا والصين التعاون بينهما")]
    public void ComparePair_OneSharedActorUnderAGenericClass_Unrelated(string lang, string a, string b)
    {
        var e = Compare(lang, a, b);
        Kind(e).Should().Be("unrelated", Reasons(e));
        Reasons(e).Should().Contain("generic event class");
    }

    [Fact]
    public void ComparePair_TwoSharedActorsUnderAGenericClass_Agrees()
    {
        var e = Compare("en", "Russia and Iran expanded their cooperation", "Russia and Iran expanded their cooperation in Syria");
        Kind(e).Should().Be("refines", Reasons(e));
    }
}
