using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Ingestion;

public class BoilerplateDetectorTests
{
    private const string EnglishBody1 = "The ministry said on Monday that 40 trucks had crossed the border since March, a figure the opposition disputed.";
    private const string EnglishBody2 = "Analysts at the institute expect the talks to resume next month, although no date has been announced.";
    private const string EnglishBody3 = "Officials in the capital declined to comment on the report when reached by telephone on Tuesday.";
    private const string ArabicBody1 = "وقالت الوزارة يوم الاثنين إن أربعين شاحنة عبرت الحدود منذ مارس، وهو رقم شككت فيه المعارضة.";
    private const string ArabicBody2 = "ويتوقع محللون في المعهد استئناف المحادثات الشهر المقبل، رغم عدم الإعلان عن أي موعد حتى الآن.";
    private const string ArabicBody3 = "ورفض مسؤولون في العاصمة التعليق على التقرير عندما اتصلت بهم الصحيفة يوم الثلاثاء.";

    private static IEnumerable<(string Text, string? Rule)> Classify(string text)
    {
        var layout = BoilerplateDetector.Analyze(text);
        return layout.Blocks.Select(b => (b.Span.Slice(text), b.Reason is { } r ? BoilerplateSpan.RuleName(r) : null));
    }

    private static string? RuleOf(string text, string block) => Classify(text).Single(b => b.Text == block).Rule;

    [Fact]
    public void Analyze_PlainArticle_AllBody()
    {
        var text = $"Talks stall over border trucks\n\n{EnglishBody1}\n\n{EnglishBody2}\n\n{EnglishBody3}\n";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_RepeatedShortLine_RepeatedLine()
    {
        var text = $"Please wait\n{EnglishBody1}\n\nPlease wait\n{EnglishBody2}";
        Classify(text).Where(b => b.Text == "Please wait").Should().HaveCount(2).And.OnlyContain(b => b.Rule == "repeated-line");
        RuleOf(text, EnglishBody1).Should().BeNull();
    }

    [Fact]
    public void Analyze_RepeatedLongParagraph_StaysBody()
    {
        var text = $"{EnglishBody1} {EnglishBody2}\n\n{EnglishBody3}\n\n{EnglishBody1} {EnglishBody2}";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_RepeatedColonPrefixTeasers_RepeatedPrefix()
    {
        var text = string.Join("\n\n",
            ArabicBody1, "اقرأ المزيد: انهيار جسر في مدينة ساحلية", ArabicBody2,
            "اقرأ المزيد: مهرجان الكتاب يفتتح أبوابه", ArabicBody3, "اقرأ المزيد: فريق محلي يفوز بالكأس");

        var blocks = Classify(text).ToList();
        blocks.Where(b => b.Text.StartsWith("اقرأ المزيد:", StringComparison.Ordinal)).Should().HaveCount(3).And.OnlyContain(b => b.Rule == "repeated-prefix");
        blocks.Where(b => !b.Text.StartsWith("اقرأ المزيد:", StringComparison.Ordinal)).Should().OnlyContain(b => b.Rule == null);
    }

    [Fact]
    public void Analyze_ColonPrefixTwiceOnly_StaysBody()
    {
        var text = string.Join("\n\n", EnglishBody1, "Read more: Bridge collapses in port city", EnglishBody2, "Read more: Book fair opens its doors", EnglishBody3);
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_RepeatedSpeakerWithQuotation_StaysBody()
    {
        var text = string.Join("\n\n",
            "He added: \"We will not accept it.\"", EnglishBody1,
            "He added: \"The talks are over.\"", EnglishBody2,
            "He added: “Nobody asked us.”", EnglishBody3);
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_RunOfShortNonSentenceLines_ShortLineRun()
    {
        var text = $"Border trucks: what we know\n\nBy staff reporter | 2 hours ago\n\n14\n\nPrint\n\nShare\n\n{EnglishBody1}\n\n{EnglishBody2}";

        var blocks = Classify(text).ToList();
        blocks.Where(b => b.Rule == "short-line-run").Select(b => b.Text).Should().Equal("By staff reporter | 2 hours ago", "14", "Print", "Share");
        RuleOf(text, "Border trucks: what we know").Should().BeNull("the first block is the title and never joins a run");
    }

    [Fact]
    public void Analyze_RepeatedShortSentence_StaysBody()
    {
        var text = $"{EnglishBody1}\n\nThe talks failed.\n\n{EnglishBody2}\n\nThe talks failed.";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_IsolatedHeadingsAndShortParagraph_StayBody()
    {
        var text = $"{ArabicBody1}\n\nتعاون قديم\n\n{ArabicBody2}\n\nوقال: نعم.\n\n{ArabicBody3}\n\nموقف حذر\n\n{ArabicBody1}";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_ListItems_NotAShortLineRun()
    {
        var text = $"{EnglishBody1}\n\n- 40 trucks\n- 12 buses\n- 3 trains\n\n{EnglishBody2}";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_HardWrappedParagraph_IsOneBodyBlock()
    {
        var text = "The ministry said on Monday that forty trucks\nhad crossed the border since March, a figure\nthe opposition disputed on Tuesday\n\n" + EnglishBody2;

        var layout = BoilerplateDetector.Analyze(text);

        layout.Blocks.Should().HaveCount(2);
        layout.Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_ForeignScriptLineInArabicArticle_ForeignScriptLine()
    {
        var text = $"{ArabicBody1}\n\nBridge collapses in port city\n\n{ArabicBody2}\n\nوقال الوزير إن شركة Acme ستعيد البناء.\n\n{ArabicBody3}";

        RuleOf(text, "Bridge collapses in port city").Should().Be("foreign-script-line");
        RuleOf(text, "وقال الوزير إن شركة Acme ستعيد البناء.").Should().BeNull("a Latin name inside an Arabic sentence is not a foreign line");
    }

    [Fact]
    public void Analyze_ArabicLineInEnglishArticle_ForeignScriptLine()
    {
        var text = $"{EnglishBody1}\n\nانهيار جسر في مدينة ساحلية\n\n{EnglishBody2}";
        RuleOf(text, "انهيار جسر في مدينة ساحلية").Should().Be("foreign-script-line");
    }

    [Fact]
    public void Analyze_GluedMenuWords_GluedWords()
    {
        var text = $"{EnglishBody1}\n\nHomeWorldPoliticsBusinessSportTechnology\n\n{EnglishBody2}";
        RuleOf(text, "HomeWorldPoliticsBusinessSportTechnology").Should().Be("glued-words");
    }

    [Fact]
    public void Analyze_EllipsisTeaserFollowedByLabel_TruncatedTeaserAndLabel()
    {
        const string teaser = "وقال شهود إن الطريق الساحلي أغلق بالكامل بعد انهيار الجسر، فيما بدأت فرق الإنقاذ البحث عن...";
        var text = $"{ArabicBody1}\n\n{ArabicBody2}\n\n{teaser}\nمحليات\n\n{ArabicBody3}";

        RuleOf(text, teaser).Should().Be("truncated-teaser");
        RuleOf(text, "محليات").Should().Be("teaser-label");
        RuleOf(text, ArabicBody3).Should().BeNull();
    }

    [Fact]
    public void Analyze_EllipsisWithoutLabel_StaysBody()
    {
        var text = $"{EnglishBody1}\n\nShe paused, then said she would think about it...\n\n{EnglishBody2}";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_RelatedBlockAtEnd_TrailingBlock()
    {
        var text = string.Join("\n\n", EnglishBody1, EnglishBody2, EnglishBody3,
            "Related stories",
            "انهيار جسر في مدينة ساحلية",
            "Bridge collapses in port city",
            "Witnesses said the coastal road was closed after the bridge fell, as rescue teams began searching for...\nLocal",
            "Book fair opens its doors",
            "Organisers expect record crowds at the fair this year, with more than two hundred publishers taking part and...\nCulture");

        var blocks = Classify(text).ToList();
        blocks.Take(3).Should().OnlyContain(b => b.Rule == null);
        blocks.Skip(3).Should().OnlyContain(b => b.Rule != null);
        RuleOf(text, "Book fair opens its doors").Should().Be("trailing-block");
    }

    [Fact]
    public void Analyze_ArticleEndingWithShortLineOnly_NoTrailingBlock()
    {
        var text = $"{EnglishBody1}\n\n{EnglishBody2}\n\nReporting by A. Writer";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_WireDateline_StaysBody()
    {
        var text = $"(Moscow) – {EnglishBody1}\n\n{EnglishBody2}";
        BoilerplateDetector.Analyze(text).Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void IsBoilerplate_SpanQueries_MatchBlocks()
    {
        var text = $"Loading\n{EnglishBody1}\nLoading\n";
        var layout = BoilerplateDetector.Analyze(text);
        var bodyStart = text.IndexOf(EnglishBody1, StringComparison.Ordinal);

        layout.IsBoilerplate(new TextSpan(0, 7)).Should().BeTrue();
        layout.IsBoilerplate(new TextSpan(2, 0)).Should().BeTrue();
        layout.IsBoilerplate(new TextSpan(bodyStart, 10)).Should().BeFalse();
        layout.IsBoilerplate(new TextSpan(bodyStart - 3, 10)).Should().BeTrue("the span overlaps the first Loading line");
        layout.IsBoilerplate(new TextSpan(text.Length - 1, 0)).Should().BeFalse();
        layout.Body.Should().Equal(new TextSpan(bodyStart, EnglishBody1.Length));
    }

    [Fact]
    public void Detect_Article_SameAsAnalyzeText()
    {
        var article = new Article("a", $"Wait\n{EnglishBody1}\nWait", "en");
        BoilerplateDetector.Detect(article).Should().Equal(BoilerplateDetector.Analyze(article.Text).Boilerplate);
        BoilerplateDetector.Detect(article).Should().HaveCount(2);
    }

    [Fact]
    public void RuleName_EveryReason_KebabCaseAndUnique()
    {
        var names = Enum.GetValues<BoilerplateReason>().Select(BoilerplateSpan.RuleName).ToList();
        names.Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length > 0 && n == n.ToLowerInvariant() && !n.Contains(' '));
        var act = () => BoilerplateSpan.RuleName((BoilerplateReason)99);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Analyze_NullArguments_Throw()
    {
        ((Action)(() => BoilerplateDetector.Analyze((string)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => BoilerplateDetector.Analyze((Article)null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Analyze_AnyText_BlocksTrimmedOrderedAndDisjoint()
    {
        Prop.ForAll<string>(text =>
        {
            text ??= string.Empty;
            var blocks = BoilerplateDetector.Analyze(text).Blocks;
            var previousEnd = 0;
            foreach (var block in blocks)
            {
                if (block.Span.Start < previousEnd || block.Span.End > text.Length || block.Span.IsEmpty
                    || char.IsWhiteSpace(text[block.Span.Start]) || char.IsWhiteSpace(text[block.Span.End - 1]))
                {
                    return false;
                }

                previousEnd = block.Span.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
