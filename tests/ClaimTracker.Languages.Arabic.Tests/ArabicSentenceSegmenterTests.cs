using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicSentenceSegmenterTests
{
    private static List<(string Text, SegmentKind Kind)> S(string text) =>
        ArabicSentenceSegmenter.Default.Segment(text).Select(s => (s.Span.Slice(text), s.Kind)).ToList();

    private static List<string> Texts(string text) => S(text).Select(s => s.Text).ToList();

    [Fact]
    public void Segment_ArabicQuestionMark_EndsSentence() =>
        Texts("هل توقف القتال؟ قال المتحدث إنه لم يتوقف.").Should().Equal("هل توقف القتال؟", "قال المتحدث إنه لم يتوقف.");

    [Fact]
    public void Segment_ExclamationAndAsciiQuestion_EndSentences() =>
        Texts("يا له من يوم! هل تعرف? نعم.").Should().Equal("يا له من يوم!", "هل تعرف?", "نعم.");

    [Fact]
    public void Segment_DecimalNumber_NotABoundary() =>
        Texts("ارتفع المؤشر 3.5 نقطة اليوم. وتراجع سعر الذهب.").Should().Equal("ارتفع المؤشر 3.5 نقطة اليوم.", "وتراجع سعر الذهب.");

    [Fact]
    public void Segment_ArabicAbbreviation_NotABoundary() =>
        Texts("التقى د. سامر بالوفد الزائر. ثم غادر المبنى.").Should().Equal("التقى د. سامر بالوفد الزائر.", "ثم غادر المبنى.");

    [Fact]
    public void Segment_LatinAbbreviationsInArabicText_NotBoundaries() =>
        Texts("نقلت وكالة عن Dr. Smith في U.S. Navy أنها جاهزة. وأضافت أن العمل مستمر.")
            .Should().Equal("نقلت وكالة عن Dr. Smith في U.S. Navy أنها جاهزة.", "وأضافت أن العمل مستمر.");

    [Fact]
    public void Segment_UnlistedInitialism_NotABoundary() =>
        Texts("وصل J.K. Rowling إلى المدينة مساء. وغادر صباحا.").Should().HaveCount(2);

    [Fact]
    public void Segment_GuillemetsSpanningSentences_OneSegment() =>
        Texts("قال الوزير «لن ننسحب. سنبقى هنا» ثم غادر القاعة. ووصل الوفد لاحقا.")
            .Should().Equal("قال الوزير «لن ننسحب. سنبقى هنا» ثم غادر القاعة.", "ووصل الوفد لاحقا.");

    [Fact]
    public void Segment_CurlyQuotesSpanningSentences_OneSegment() =>
        Texts("وقالت “الوضع صعب. لكننا صامدون” في بيان. وانتهى اللقاء.").Should().HaveCount(2);

    [Fact]
    public void Segment_QuoteEndingWithStop_BoundaryAfterClosingMark() =>
        Texts("وأضاف: «لن نتراجع أبدا.» ووصل الوفد بعد ذلك.").Should().Equal("وأضاف: «لن نتراجع أبدا.»", "ووصل الوفد بعد ذلك.");

    [Fact]
    public void Segment_UnclosedGuillemet_SentencesStillSplit() =>
        Texts("قال «لن ننسحب. سنبقى هنا.").Should().Equal("قال «لن ننسحب.", "سنبقى هنا.");

    [Fact]
    public void Segment_QuoteLongerThanLimit_Split()
    {
        var seg = new ArabicSentenceSegmenter(new ArabicSegmenterOptions { MaxQuoteLength = 10 }, []);
        var text = "قال «لن ننسحب أبدا. سنبقى هنا» ثم غادر.";
        seg.Segment(text).Should().HaveCount(2);
    }

    [Fact]
    public void Segment_ParenthesisedDateline_DatelineThenSentence() =>
        S("(موسكو) – أعلن الكرملين رفضه للعرض. وأضاف أن المحادثات مستمرة.").Should().Equal(
            ("(موسكو) –", SegmentKind.Dateline),
            ("أعلن الكرملين رفضه للعرض.", SegmentKind.Sentence),
            ("وأضاف أن المحادثات مستمرة.", SegmentKind.Sentence));

    [Fact]
    public void Segment_CityAgencyDateline_Dateline() =>
        S("بيروت (رويترز) - قال مسؤول إن الاجتماع تأجل.").Should().Equal(
            ("بيروت (رويترز) -", SegmentKind.Dateline),
            ("قال مسؤول إن الاجتماع تأجل.", SegmentKind.Sentence));

    [Fact]
    public void Segment_DatelineWithDate_Dateline() =>
        S("القاهرة، 5 مارس (أ ف ب) — أعلنت الحكومة خطة جديدة.").Select(s => s.Kind)
            .Should().Equal(SegmentKind.Dateline, SegmentKind.Sentence);

    [Fact]
    public void Segment_DatelineOnlyAtParagraphStart_NotInSecondSentence() =>
        S("بدأ الاجتماع صباحا. وقالت (المصادر) - إنه انتهى.").Select(s => s.Kind)
            .Should().Equal(SegmentKind.Sentence, SegmentKind.Sentence);

    [Fact]
    public void Segment_StraightQuotesSpanningSentences_OneSegment() =>
        Texts("وقال \"انتهى الأمر. لن نعود\" ثم صمت. وغادر الجميع.").Should().HaveCount(2);

    [Fact]
    public void Segment_NormalizedText_AsciiMarksWork() =>
        Texts(ArabicNormalizer.Default.NormalizeString("هل وصل الوفد؟ نعم، وصل.")).Should().Equal("هل وصل الوفد?", "نعم, وصل.");

    [Fact]
    public void Segment_HeadingLimitZero_NoHeadings() =>
        new ArabicSentenceSegmenter(new ArabicSegmenterOptions { HeadingMaxWords = 0 }, []).Segment("عنوان قصير")
            .Should().ContainSingle().Which.Kind.Should().Be(SegmentKind.Sentence);

    [Fact]
    public void Segment_ParenthesisMidSentence_NoDateline() =>
        S("قال المتحدث باسم الوزارة في مؤتمر صحفي عقده أمس في العاصمة (السبت) - وفق ما نقلته الوكالة - إن الأمر انتهى.")
            .Select(s => s.Kind).Should().Equal(SegmentKind.Sentence);

    [Fact]
    public void Segment_ShortLineWithoutStop_Heading() =>
        S("انتخابات مبكرة في البلاد\nأعلنت اللجنة موعد الانتخابات.").Should().Equal(
            ("انتخابات مبكرة في البلاد", SegmentKind.Heading),
            ("أعلنت اللجنة موعد الانتخابات.", SegmentKind.Sentence));

    [Fact]
    public void Segment_LineEndingWithColon_NotHeading() =>
        S("وجاء في البيان:").Should().Equal(("وجاء في البيان:", SegmentKind.Sentence));

    [Fact]
    public void Segment_BulletAndNumberedLines_ListItems() =>
        S("- البند الأول\n١. البند الثاني\n2) البند الثالث\n• البند الرابع").Select(s => s.Kind)
            .Should().Equal(SegmentKind.ListItem, SegmentKind.ListItem, SegmentKind.ListItem, SegmentKind.ListItem);

    [Fact]
    public void Segment_LineStartingWithNumberWord_NotListItem() =>
        S("3 قتلى في حادث سير على الطريق السريع.").Select(s => s.Kind).Should().Equal(SegmentKind.Sentence);

    [Fact]
    public void Segment_Newline_ParagraphBoundary() =>
        Texts("السطر الأول بلا نقطة لكنه طويل بما يكفي ليكون جملة عادية وليس عنوانا في أي حال من الأحوال أبدا\r\nالسطر الثاني.")
            .Should().HaveCount(2);

    [Fact]
    public void Segment_SpansTrimmed()
    {
        var text = "  \u200Fجملة أولى.   جملة ثانية.  ";
        Texts(text).Should().Equal("جملة أولى.", "جملة ثانية.");
    }

    [Fact]
    public void Segment_Ellipsis_EndsSentence() =>
        Texts("وانتظر الجميع… ثم جاء الخبر.").Should().Equal("وانتظر الجميع…", "ثم جاء الخبر.");

    [Fact]
    public void Segment_StopBetweenArabicLetters_Boundary() =>
        Texts("انتهى الاجتماع.وبدأ الحوار.").Should().Equal("انتهى الاجتماع.", "وبدأ الحوار.");

    [Fact]
    public void Segment_PunctuationOnlyLine_Skipped() => S("***\n\n").Should().BeEmpty();

    [Fact]
    public void Segment_Null_ThrowsNamingArgument()
    {
        var act = () => ArabicSentenceSegmenter.Default.Segment(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Options_NegativeLimits_Throw()
    {
        var a = () => new ArabicSegmenterOptions { MaxQuoteLength = -1 };
        var b = () => new ArabicSegmenterOptions { HeadingMaxWords = -1 };
        a.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxQuoteLength");
        b.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("HeadingMaxWords");
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var a = () => new ArabicSentenceSegmenter(null!, []);
        var b = () => new ArabicSentenceSegmenter(ArabicSegmenterOptions.Default, null!);
        a.Should().Throw<ArgumentNullException>().WithParameterName("options");
        b.Should().Throw<ArgumentNullException>().WithParameterName("abbreviations");
    }
}
