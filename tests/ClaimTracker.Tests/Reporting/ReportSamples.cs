using ClaimTracker.Analysis;
using ClaimTracker.Comparison;
using ClaimTracker.Indexing;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Reporting;

/// <summary>
/// A hand-built analysis for report tests (invented story, no language pack): three articles, a corroboration with a
/// shared origin, a denial, a changed number, an Arabic quote, a quote with markup, a pipe and a line break.
/// </summary>
internal static class ReportSamples
{
    public const string HostileQuote = "Officials said <script>alert('x')</script> | 12,000 tons\nwere shipped.";
    public const string ArabicQuote = "\u0642\u0627\u0644\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0625\u0646 \u0627\u0644\u0634\u062d\u0646\u0629 \u0648\u0635\u0644\u062a.";

    public static readonly Source Ministry = new(SourceKind.Organization, "Agriculture Ministry", "org:ministry", "gov:pt");
    public static readonly Source Lisbon = new(SourceKind.Government, "Lisbon", "gov:pt");
    public static readonly Source Tunis = new(SourceKind.Government, "Tunis", "gov:tn");
    public static readonly Source PortOfficials = new(SourceKind.Role, "port officials");

    public static Proposition Shipment => new("070", [
        new Participant(ParticipantRole.Agent, "gov:pt", "Portugal"),
        new Participant(ParticipantRole.Recipient, "gov:tn", "Tunisia"),
        new Participant(ParticipantRole.Object, null, "wheat"),
    ]);

    public static Article[] Articles() =>
    [
        new Article("c", "Tunis denied that any wheat arrived. Port officials said 8,000 tons arrived in February.", "en", FuzzyTime.Day(2025, 3, 6), "Daily <Meridian>", "Tunis denies"),
        new Article("a", "xx " + HostileQuote, "en", FuzzyTime.Day(2025, 3, 4), "Harbor Ledger", "Wheat shipped", new Uri("https://example.org/a")),
        new Article("b", ArabicQuote, "ar", FuzzyTime.Month(2025, 3), "\u0627\u0644\u0645\u0631\u0635\u062f"),
    ];

    public static Claim[] Claims(Article[] articles)
    {
        var a = articles.Single(x => x.Id == "a");
        var b = articles.Single(x => x.Id == "b");
        var c = articles.Single(x => x.Id == "c");
        return
        [
            Claim("a:c1", a, 3, 3 + HostileQuote.Length, Lisbon, [Ministry, Lisbon], Stance.Asserts, FuzzyTime.Day(2025, 3, 4), FuzzyTime.Month(2025, 2), Quantity.Exactly(12000, Unit.MetricTon)),
            Claim("b:c1", b, 0, ArabicQuote.Length, Ministry, [Ministry], Stance.Asserts, FuzzyTime.Month(2025, 3), null),
            Claim("c:c1", c, 0, 36, Tunis, [Tunis], Stance.Denies, FuzzyTime.Day(2025, 3, 6), null),
            Claim("c:c2", c, 37, c.Text.Length, PortOfficials, [PortOfficials], Stance.Asserts, FuzzyTime.Day(2025, 3, 6), FuzzyTime.Month(2025, 2), Quantity.Exactly(8000, Unit.MetricTon)),
        ];
    }

    public static Func<string, string> Resolver => id => id == "org:ministry" ? "gov:pt" : id;

    /// <summary>The sample analysed: relations from a real <see cref="ClaimIndex"/>.</summary>
    public static AnalysisResult Result(bool reverse = false)
    {
        var articles = Articles();
        var claims = Claims(articles);
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions { OriginResolver = Resolver }));
        foreach (var group in claims.GroupBy(x => x.Evidence.ArticleId))
        {
            index.Add(group);
        }

        return reverse
            ? new AnalysisResult(articles.Reverse(), claims.Reverse(), index.Relations.Reverse(), Diagnostics(), Resolver)
            : new AnalysisResult(articles, claims, index.Relations, Diagnostics(), Resolver);
    }

    public static AnalysisDiagnostic[] Diagnostics() =>
    [
        new AnalysisDiagnostic(null, new Diagnostic(DiagnosticSeverity.Info, "CT2013", "File 'README.md' is not ingested.")),
        new AnalysisDiagnostic("a", new Diagnostic(DiagnosticSeverity.Warning, "CT9999", "A test warning.", new TextSpan(0, 2))),
    ];

    public static string Render(IReportWriter writer, AnalysisResult result)
    {
        var text = new StringWriter();
        writer.Write(result, text);
        return text.ToString();
    }

    private static Claim Claim(string id, Article article, int start, int end, Source speaker, Source[] chain, Stance stance, FuzzyTime? said, FuzzyTime? eventTime, params Quantity[] quantities) =>
        new(
            id,
            Shipment,
            new Attribution(speaker, [.. chain]),
            stance,
            StanceFacts.DefaultPolarity(stance),
            Evidence.From(article, TextSpan.FromBounds(start, end)),
            0.9,
            said,
            eventTime,
            [.. quantities]);
}
