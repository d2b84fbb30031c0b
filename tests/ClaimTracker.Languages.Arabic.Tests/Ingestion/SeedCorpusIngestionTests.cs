using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests.Ingestion;

/// <summary>Ingests the vendored seed corpus with the core alone (language from the manifest) and checks its boilerplate.</summary>
public class SeedCorpusIngestionTests
{
    private static readonly Lazy<IngestionResult> Seed = new(() => new ArticleLoader().LoadDirectory(SeedDirectory()));

    private static string SeedDirectory()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "ClaimTracker.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("ClaimTracker.sln not found above the test directory.");
        }

        return Path.Combine(dir, "samples", "seed-ar");
    }

    private static Article Get(string id) => Seed.Value.Articles.Single(a => a.Id == id);

    private static IEnumerable<(TextSpan Span, string Text)> Lines(string text)
    {
        var pos = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return (new TextSpan(pos + line.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length), trimmed);
            }

            pos += line.Length + 1;
        }
    }

    [Fact]
    public void LoadDirectory_SeedCorpus_ReadsFiveArticlesWithManifestMetadata()
    {
        var result = Seed.Value;

        result.Articles.Select(a => a.Id).Should().Equal("000", "001", "002", "003", "004");
        result.Articles.Should().OnlyContain(a => a.Language == "ar");
        Get("001").Outlet.Should().Be("خبرين");
        Get("001").Published.Should().Be(FuzzyTime.Day(2024, 6, 19));
        Get("004").Published.Should().Be(FuzzyTime.Month(2022, 9));
        result.HasErrors.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.FileSkipped && d.Message.Contains("README.md"));
    }

    [Fact]
    public void LoadDirectory_SeedCorpus_TextIsTheFileVerbatim()
    {
        foreach (var article in Seed.Value.Articles)
        {
            article.Text.Should().Be(File.ReadAllText(Path.Combine(SeedDirectory(), article.Id + ".txt")));
        }
    }

    [Fact]
    public void Detect_Seed001_TeasersLoadingShareBarAndRelatedBlockAreBoilerplate()
    {
        var article = Get("001");
        var layout = BoilerplateDetector.Analyze(article);
        var lines = Lines(article.Text).ToList();

        var teasers = lines.Where(l => l.Text.StartsWith("شاهد ايضاً:", StringComparison.Ordinal)).ToList();
        teasers.Should().HaveCount(12);
        teasers.Should().OnlyContain(l => layout.IsBoilerplate(l.Span));

        var loading = lines.Where(l => l.Text == "Loading...").ToList();
        loading.Should().HaveCount(5);
        loading.Should().OnlyContain(l => layout.IsBoilerplate(l.Span));

        lines.Where(l => l.Text is "FacebookTwitterLinkedInEmail" or "شارك الخبر:" or "التصنيف:الصين")
            .Should().HaveCount(3).And.OnlyContain(l => layout.IsBoilerplate(l.Span));

        var related = article.Text.IndexOf("أخبار ذات صلة", StringComparison.Ordinal);
        related.Should().BePositive();
        lines.Where(l => l.Span.Start >= related).Should().HaveCount(22).And.OnlyContain(l => layout.IsBoilerplate(l.Span));
    }

    [Fact]
    public void Detect_SeedCorpus_NoBodyParagraphIsBoilerplate()
    {
        var checkedParagraphs = 0;
        foreach (var article in Seed.Value.Articles)
        {
            var layout = BoilerplateDetector.Analyze(article);
            var related = article.Id == "001" ? article.Text.IndexOf("أخبار ذات صلة", StringComparison.Ordinal) : int.MaxValue;
            foreach (var (span, text) in Lines(article.Text))
            {
                // 001's trailing related-news block and its "see also" teaser lines are not body.
                if (span.Start >= related || text.StartsWith("شاهد ايضاً:", StringComparison.Ordinal)
                    || (text.Length < 120 && SentenceCount(text) < 2))
                {
                    continue;
                }

                checkedParagraphs++;
                layout.IsBoilerplate(span).Should().BeFalse($"article {article.Id} paragraph at {span} is body: {text[..40]}…");
            }
        }

        checkedParagraphs.Should().Be(132, "every long or multi-sentence paragraph of the five articles is checked");
    }

    [Fact]
    public void Detect_SeedCorpus_HeadingsTitlesAndDatelinesStayBody()
    {
        var bodyLines = new[]
        {
            ("001", "ماذا تريد روسيا وكوريا الشمالية من بعضهما البعض"),
            ("001", "ماذا تريد روسيا وكوريا الشمالية من بعضهما البعض؟"),
            ("001", "'عالم مأساوي'"),
            ("001", "قد يحتاج بوتين إلى أسلحة من كيم في كوريا الشمالية، ولكن ماذا ينوي أن يعطي مقابله؟"),
            ("004", "حرب أوكرانيا تقرب بين روسيا وكوريا الشمالية.. هل تحيي التحالف القديم؟"),
            ("004", "تعايش تاريخي"),
            ("004", "تعاون إستراتيجي"),
        };

        foreach (var (id, line) in bodyLines)
        {
            var article = Get(id);
            var layout = BoilerplateDetector.Analyze(article);
            var span = Lines(article.Text).First(l => l.Text == line).Span;
            layout.IsBoilerplate(span).Should().BeFalse($"'{line}' in {id} is a heading or title");
        }

        var dateline = Get("002");
        BoilerplateDetector.Analyze(dateline).IsBoilerplate(new TextSpan(0, 10)).Should().BeFalse("002 opens with a wire dateline");
    }

    [Fact]
    public void Detect_SeedCorpus_BoilerplateSnapshot()
    {
        var actual = Seed.Value.Articles
            .SelectMany(a => BoilerplateDetector.Detect(a).Select(b => $"{a.Id} {b.Rule}: {Head(b.Span.Slice(a.Text))}"))
            .ToArray();

        string[] expected =
        [
            "001 repeated-line: Loading...",
            "001 foreign-script-line: Putin may need arms from North",
            "001 foreign-script-line: See moment Putin is greeted by",
            "001 short-line-run: التصنيف:الصين",
            "001 short-line-run: شارك الخبر:",
            "001 glued-words: FacebookTwitterLinkedInEmail",
            "001 repeated-prefix: شاهد ايضاً: إنهاء الصين لتبني",
            "001 repeated-prefix: شاهد ايضاً: الصين تنطلق في قمة",
            "001 repeated-prefix: شاهد ايضاً: بكاء طفلة طوال الر",
            "001 repeated-prefix: شاهد ايضاً: المسؤول الثاني في",
            "001 repeated-prefix: شاهد ايضاً: تلميذة صينية من ال",
            "001 repeated-prefix: شاهد ايضاً: زيارة مفاجئة لأورب",
            "001 repeated-prefix: شاهد ايضاً: عودة مهمة القمر Ch",
            "001 repeated-prefix: شاهد ايضاً: شظايا صاروخ صيني م",
            "001 repeated-prefix: شاهد ايضاً: ادعاء الصين بأن زو",
            "001 repeated-prefix: شاهد ايضاً: يحذر وزير الدفاع ا",
            "001 repeated-prefix: شاهد ايضاً: الصحافية الصينية ا",
            "001 repeated-prefix: شاهد ايضاً: تعيينات جديدة في ا",
            "001 trailing-block: أخبار ذات صلة",
            "001 repeated-line: Loading...",
            "001 foreign-script-line: Shanghai slammed by what China",
            "001 trailing-block: شنغهاي تتعرض لأقوى عاصفة تضرب",
            "001 truncated-teaser: توقفت حركة الطيران والقطارات و",
            "001 repeated-line: الصين",
            "001 repeated-line: Loading...",
            "001 foreign-script-line: Summer of devastating floods s",
            "001 trailing-block: صيف الفيضانات المدمرة يكشف عن",
            "001 truncated-teaser: مع ارتفاع درجات الحرارة في أجز",
            "001 repeated-line: الصين",
            "001 repeated-line: Loading...",
            "001 foreign-script-line: World Anti-Doping Agency defen",
            "001 trailing-block: وكالة العالم لمكافحة المنشطات",
            "001 truncated-teaser: انتقدت هيئة الرقابة العالمية ل",
            "001 repeated-line: الصين",
            "001 repeated-line: Loading...",
            "001 foreign-script-line: Chinese leader Xi meets Russia",
            "001 trailing-block: لقاء الزعيم الصيني شي مع لافرو",
            "001 truncated-teaser: التقى الزعيم الصيني شي جين بين",
            "001 repeated-line: الصين",
            "001 glued-words: الرئيسيةأخبارسياسةأعمالرياضةال",
            "003 foreign-script-line: Ad",
            "004 short-line-run: قسم الترجمة | منذ عامين",
            "004 short-line-run: 12",
            "004 short-line-run: طباعة",
            "004 short-line-run: مشاركة",
        ];

        actual.Should().Equal(expected);
    }

    private static string Head(string s) => s.Length <= 30 ? s : s[..30].TrimEnd();

    private static int SentenceCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '؟' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '»'))
            {
                count++;
            }
        }

        return count;
    }
}
