using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using static ClaimTracker.Testing.Dates.DateTestSupport;

namespace ClaimTracker.Languages.Arabic.Tests.Dates;

public class ArabicDateRecognizerTests
{
    [Theory]
    [InlineData("وصل الوفد في 25 أبريل/نيسان 2019 إلى العاصمة", "2019-04-25")]
    [InlineData("في 2024-06-19 أعلن", "2024-06-19")]
    [InlineData("بتاريخ 19/6/2024 أعلن", "2024-06-19")]
    [InlineData("بتاريخ 19.06.2024 أعلن", "2024-06-19")]
    [InlineData("بتاريخ ١٩/٦/٢٠٢٤ أعلن", "2024-06-19")]
    [InlineData("بتاريخ ۱۹/۶/۲۰۲۴ أعلن", "2024-06-19")]
    [InlineData("في 15 شتنبر 2021", "2021-09-15")]
    [InlineData("في 3 كانون الثاني 2020", "2020-01-03")]
    [InlineData("في 3 جانفي 2020", "2020-01-03")]
    [InlineData("في فبراير/شباط 2022", "2022-02")]
    [InlineData("في عام 2019", "2019")]
    [InlineData("سنة 1991", "1991")]
    [InlineData("الثاني من أغسطس 2016", "2016-08-02")]
    [InlineData("الأول من تشرين الأول 2015", "2015-10-01")]
    public void Recognize_AbsoluteDate_ResolvesWithTextPrecision(string text, string expected)
    {
        Single(text, "2024-06-20").Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("قال أمس", "2024-06-19", "2024-06-18")]
    [InlineData("قال اليوم", "2024-06-19", "2024-06-19")]
    [InlineData("سيصل غداً", "2024-06-19", "2024-06-20")]
    [InlineData("وصل أول أمس", "2024-06-19", "2024-06-17")]
    [InlineData("الشهر الماضي", "2024-06-19", "2024-05")]
    [InlineData("الشهر المقبل", "2024-06-19", "2024-07")]
    [InlineData("العام الماضي", "2024-06-19", "2023")]
    [InlineData("هذا العام", "2024-06-19", "2024")]
    [InlineData("هذا الشهر", "2024-06-19", "2024-06")]
    [InlineData("قبل ثلاثة أيام", "2024-06-19", "2024-06-16")]
    [InlineData("بعد يومين", "2024-06-19", "2024-06-21")]
    [InlineData("قبل 24 عاماً", "2024-06-19", "2000")]
    [InlineData("في سبتمبر", "2024-06-19", "2023-09")]
    [InlineData("في سبتمبر", "2023-09-12", "2023-09")]
    [InlineData("في يونيو", "2024-06-19", "2024-06")]
    [InlineData("يوم الثلاثاء", "2023-09-12", "2023-09-12")]
    [InlineData("يوم الأحد", "2023-09-12", "2023-09-10")]
    [InlineData("صباح الأربعاء", "2024-06-19", "2024-06-19")]
    [InlineData("في سبتمبر الماضي", "2024-06-19", "2023-09")]
    [InlineData("في 3 من الشهر المقبل", "2016-11-07", "2016-12-03")]
    [InlineData("في مارس المقبل", "2024-06-19", "2025-03")]
    [InlineData("الأسبوع الأخير من شهر يوليو", "2016-11-07", "2016-07-25")]
    [InlineData("ثمانينيات القرن العشرين", "2024-06-19", "1980")]
    public void Recognize_RelativeExpression_ResolvesAgainstReference(string text, string reference, string expected)
    {
        var t = Single(text, reference);
        var e = Parse(expected);
        t.IsRelative.Should().Be(text != "ثمانينيات القرن العشرين");
        t.Time.Start.Should().Be(e.Start);
        if (t.Precision is not (TimePrecision.PartOfDay or TimePrecision.Decade or TimePrecision.Week) && !t.Rule.StartsWith("quarter", StringComparison.Ordinal))
        {
            t.Time.Should().Be(e);
        }
    }

    [Fact]
    public void Recognize_Quarter_IsThreeMonths()
    {
        Single("الربع الأول من عام 2017", "2024-06-19").Time.Should().Be(new FuzzyTime(new DateTime(2017, 1, 1), new DateTime(2017, 4, 1), TimePrecision.Month));
    }

    [Fact]
    public void Recognize_Weekday_PartOfDayKeepsWholeDayAndNamesThePart()
    {
        var t = Single("مساء الأحد", "2023-09-12");
        t.Precision.Should().Be(TimePrecision.PartOfDay);
        t.DayPart.Should().Be(DayPart.Evening);
        t.Time.Start.Should().Be(new DateTime(2023, 9, 10));
        t.Time.End.Should().Be(new DateTime(2023, 9, 11));
    }

    [Fact]
    public void Recognize_SinceMonth_IsOpenInterval()
    {
        var t = Single("منذ سبتمبر", "2024-06-19");
        t.Time.IsOpen.Should().BeTrue();
        t.Time.Start.Should().Be(new DateTime(2023, 9, 1));
        t.Time.End.Should().BeNull();
    }

    [Fact]
    public void Recognize_SinceYearsAgo_IsOpenIntervalFromThatYear()
    {
        var t = Single("في أول زيارة منذ 24 عاماً", "2024-06-20");
        t.Time.Should().Be(new FuzzyTime(new DateTime(2000, 1, 1), null, TimePrecision.Year));
        t.Rule.Should().Be("since-amount");
    }

    [Fact]
    public void Recognize_DecadeWord_IsDecade()
    {
        Single("في الثمانينيات", "2024-06-19").Time.Should().Be(new FuzzyTime(new DateTime(1980, 1, 1), new DateTime(1990, 1, 1), TimePrecision.Decade));
    }

    [Fact]
    public void Recognize_Century_IsCentury()
    {
        Single("في القرن العشرين", "2024-06-19").Time.Should().Be(new FuzzyTime(new DateTime(1900, 1, 1), new DateTime(2000, 1, 1), TimePrecision.Century));
    }

    [Fact]
    public void Recognize_Duration_IsKeptApartFromTimes()
    {
        var result = Run("زيارة تستغرق يومين", "2024-06-19");
        var d = result.Items.Should().ContainSingle().Which.Should().BeOfType<RecognizedDuration>().Subject;
        d.Amount.Should().Be(2);
        d.Unit.Should().Be(DurationUnit.Day);
        d.Kind.Should().Be(RecognitionKind.Duration);
        d.Iso8601.Should().Be("P2D");
    }

    [Theory]
    [InlineData("لمدة 3 ساعات", 10800)]
    [InlineData("لمدة 3.5 سنوات", 110376000)]
    [InlineData("لمدة ساعة ونصف", 5400)]
    [InlineData("لمدة عام واحد و شهر و 21 يوما", 35942400)]
    public void Recognize_Duration_HasSeconds(string text, int seconds)
    {
        Run(text, "2024-06-19").Items.OfType<RecognizedDuration>().Should().ContainSingle().Which.Seconds.Should().Be(seconds);
    }

    [Fact]
    public void Recognize_Recurrence_IsFlagged()
    {
        var d = Run("كل ثلاثة أسابيع", "2024-06-19").Items.OfType<RecognizedDuration>().Should().ContainSingle().Subject;
        d.IsRecurrence.Should().BeTrue();
        d.Amount.Should().Be(3);
        d.Unit.Should().Be(DurationUnit.Week);
    }

    [Fact]
    public void Recognize_YesterdayWithMonthReference_WarnsAndWidensToReferencePeriod()
    {
        var result = Run("قال أمس", "2022-09");
        result.Items.OfType<RecognizedTime>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Month(2022, 9));
        result.Diagnostics.Should().ContainSingle(d => d.Code == DateRecognizer.CoarseReferenceCode && d.Severity == ClaimTracker.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Recognize_WeekdayWithMonthReference_WarnsAndWidens()
    {
        var result = Run("يوم الثلاثاء", "2022-09");
        result.Items.OfType<RecognizedTime>().Single().Time.Should().Be(FuzzyTime.Month(2022, 9));
        result.Diagnostics.Should().Contain(d => d.Code == DateRecognizer.CoarseReferenceCode);
    }

    [Fact]
    public void Recognize_RelativeWithoutReference_GivesDiagnosticAndNoValue()
    {
        var result = Run("قال أمس إن الاجتماع عقد في 25 أبريل 2019", null);
        result.Items.OfType<RecognizedTime>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(2019, 4, 25));
        result.Diagnostics.Should().ContainSingle(d => d.Code == DateRecognizer.NoReferenceCode);
    }

    [Fact]
    public void Recognize_DiacriticsAndTatweel_AreIgnored()
    {
        Single("في سبتمـــبر", "2024-06-19").Time.Should().Be(FuzzyTime.Month(2023, 9));
        Single("غدًا", "2024-06-19").Time.Should().Be(FuzzyTime.Day(2024, 6, 20));
    }

    [Fact]
    public void Recognize_AmbiguousMonthWordAsVerb_IsNotADate()
    {
        Times("مارس الرئيس ضغوطا كبيرة", "2024-06-19").Should().BeEmpty();
    }

    [Fact]
    public void Recognize_HijriMonth_ConvertsToGregorian()
    {
        var t = Single("في رمضان 1445", "2024-06-19");
        t.Precision.Should().Be(TimePrecision.Month);
        t.Time.Start!.Value.Year.Should().Be(2024);
        t.Time.Start!.Value.Month.Should().BeOneOf(3, 4);
    }

    [Fact]
    public void Recognize_HostileInput_DoesNotThrow()
    {
        var random = new Random(7);
        for (var n = 0; n < 200; n++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 80)).Select(_ => (char)random.Next(0x20, 0x700)).ToArray();
            var act = () => Run(new string(chars) + " 31/2/2024 99-99-9999 عام 0 منذ 99999 عاما", "2024-06-19");
            act.Should().NotThrow();
        }
    }

    [Fact]
    public void Recognize_LongRunOfFunctionWords_RunsInLinearTime()
    {
        var text = string.Concat(Enumerable.Repeat("من ", 60000)) + string.Concat(Enumerable.Repeat("بين 3 و ", 30000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run(text, "2024-06-19");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(120), "a quadratic pass over 330,000 characters would take far longer; the bound only guards against that, it is no speed measurement (see benchmarks/)");
    }

    [Fact]
    public void CoreDateEngine_HasNoArabicLetters()
    {
        var dir = Path.Combine(RepoRoot(), "src", "ClaimTracker", "Recognition", "Dates");
        foreach (var file in Directory.GetFiles(dir, "*.cs"))
        {
            File.ReadAllText(file).Any(c => c is >= '\u0600' and <= '\u06FF').Should().BeFalse(file);
        }
    }
}
