using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Recognition.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.Arabic.Tests.Numbers;

public class ArabicNumberTests
{
    private static readonly RecognitionContext Context = new(NumbersTestPack.Instance);

    private static List<RecognizedNumber> Numbers(string text) =>
        new NumberRecognizer().Recognize(text, Context).Items.OfType<RecognizedNumber>().ToList();

    private static List<RecognizedRange> Ranges(string text) =>
        new RangeRecognizer().Recognize(text, Context).Items.OfType<RecognizedRange>().ToList();

    private static List<RecognizedQuantity> Quantities(string text) =>
        new QuantityRecognizer().Recognize(text, Context).Items.OfType<RecognizedQuantity>().ToList();

    [Theory]
    [InlineData("وصل ١٠٬٠٠٠ جندي", "١٠٬٠٠٠", 10000)]
    [InlineData("وصل 10,000 جندي", "10,000", 10000)]
    [InlineData("سعر ٢٫٥ في السوق", "٢٫٥", 2.5)]
    [InlineData("وزنه 2,5 كغ", "2,5", 2.5)]
    [InlineData("رقم ۱۲۳ هنا", "۱۲۳", 123)]
    [InlineData("ثلاثة آلاف وخمسمائة", "ثلاثة آلاف وخمسمائة", 3500)]
    [InlineData("جاء ثلاث نساء", "ثلاث", 3)]
    [InlineData("اثنتان فقط", "اثنتان", 2)]
    [InlineData("قبل عشرين يوما", "عشرين", 20)]
    [InlineData("واحد وعشرون", "واحد وعشرون", 21)]
    [InlineData("خمسة عشر", "خمسة عشر", 15)]
    [InlineData("أحد عشر لاعبا", "أحد عشر", 11)]
    [InlineData("10 آلاف", "10 آلاف", 10000)]
    [InlineData("260 ألف", "260 ألف", 260000)]
    [InlineData("3.5 مليون", "3.5 مليون", 3500000)]
    [InlineData("دفع ألفين", "ألفين", 2000)]
    [InlineData("مليونين", "مليونين", 2000000)]
    [InlineData("اشترى بألفين ومائتين", "بألفين ومائتين", 2200)]
    [InlineData("ثلاثـــة", "ثلاثـــة", 3)]
    [InlineData("ثَلَاثَة", "ثَلَاثَة", 3)]
    [InlineData("مائة وستة عشر", "مائة وستة عشر", 116)]
    public void Recognize_Cardinal_HasValue(string text, string expectedText, double value)
    {
        var n = Numbers(text).Should().ContainSingle().Subject;
        n.Text.Should().Be(expectedText);
        n.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("نصف الكمية", 0.5)]
    [InlineData("ربع السكان", 0.25)]
    [InlineData("ثلثا السكان", 2.0 / 3)]
    [InlineData("ثلاثة أرباع", 0.75)]
    [InlineData("واحد ونصف", 1.5)]
    [InlineData("1/2", 0.5)]
    public void Recognize_Fraction_HasValueAndForm(string text, double value)
    {
        var n = Numbers(text).Should().ContainSingle().Subject;
        n.Value.Should().BeApproximately(value, 1e-9);
        n.Form.Should().Be(NumberForm.Fraction);
    }

    [Theory]
    [InlineData("20%", 20)]
    [InlineData("٢٠٪", 20)]
    [InlineData("عشرين بالمئة", 20)]
    [InlineData("15 في المائة", 15)]
    public void Recognize_Percent_IsPercentForm(string text, double value)
    {
        var n = Numbers(text).Should().ContainSingle().Subject;
        n.Form.Should().Be(NumberForm.Percent);
        n.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("سالب خمسة", -5)]
    [InlineData("درجة -5 مئوية", -5)]
    public void Recognize_Negative_IsNegative(string text, double value)
    {
        Numbers(text).Should().ContainSingle().Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("الفصل الحادي عشر", "الحادي عشر", 11)]
    [InlineData("السؤال الثاني", "الثاني", 2)]
    [InlineData("المرة الأولى", "الأولى", 1)]
    [InlineData("المرة الخامسة والعشرون", "الخامسة والعشرون", 25)]
    public void Recognize_Ordinal_KeptApartFromCardinals(string text, string expectedText, double value)
    {
        var n = Numbers(text).Should().ContainSingle().Subject;
        n.Form.Should().Be(NumberForm.Ordinal);
        n.Text.Should().Be(expectedText);
        n.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("أكثر من 10 آلاف", "(10000,)")]
    [InlineData("ما لا يقل عن 10", "[10,)")]
    [InlineData("على الأقل 10", "[10,)")]
    [InlineData("أقل من 100", "(,100)")]
    [InlineData("لا يزيد عن 50", "(,50]")]
    [InlineData("حتى 50", "(,50]")]
    [InlineData("بين 5 و 7", "[5,7)")]
    [InlineData("ما بين 5 و7", "[5,7)")]
    [InlineData("من 100 إلى 300", "[100,300)")]
    [InlineData("لأكثر من 20", "(20,)")]
    public void Recognize_Bound_IsInterval(string text, string interval)
    {
        Ranges(text).Should().ContainSingle().Which.Range.ToIntervalString().Should().Be(interval);
    }

    [Theory]
    [InlineData("حوالي 60")]
    [InlineData("بنحو 400")]
    [InlineData("زهاء 30")]
    [InlineData("قرابة 30")]
    public void Recognize_Approximation_IsApproximate(string text)
    {
        Ranges(text).Should().ContainSingle().Which.Range.IsApproximate.Should().BeTrue();
    }

    [Theory]
    [InlineData("260 ألف طن متري", "metric-ton", 260000)]
    [InlineData("ثلاثة أطنان من الفولاذ", "metric-ton", 3)]
    [InlineData("ألف كيلومتر", "kilometre", 1000)]
    [InlineData("60 كم / ساعة", "km/h", 60)]
    [InlineData("60 كم/س", "km/h", 60)]
    [InlineData("20 ساعة", "hour", 20)]
    [InlineData("زيارة تستغرق يومين", "day", 2)]
    [InlineData("منذ عقدين", "decade", 2)]
    [InlineData("75 عاماً", "year", 75)]
    [InlineData("5 سنوات", "year", 5)]
    [InlineData("3 أشهر", "month", 3)]
    [InlineData("100 دولار", "currency:USD", 100)]
    [InlineData("50 يورو", "currency:EUR", 50)]
    public void Recognize_Unit_HasUnitId(string text, string unit, double value)
    {
        var q = Quantities(text).Should().ContainSingle().Subject.Quantity;
        q.Unit.Id.Should().Be(unit);
        q.Low.Should().Be(value);
    }

    [Fact]
    public void Recognize_CountedNounPluralAndSingular_CompareEqual()
    {
        var plural = Quantities("وصلت 5 حاويات").Single().Quantity.Unit;
        var singular = Quantities("وصلت 15 حاوية").Single().Quantity.Unit;
        plural.Should().Be(singular);
        plural.Dimension.Should().Be(Dimension.Count);
        plural.CountedNoun.Should().Be("حاوية");
    }

    [Fact]
    public void Recognize_ListedBrokenPlural_IsCanonicalSingular()
    {
        Quantities("في أربع مناطق").Single().Quantity.Unit.CountedNoun.Should().Be("منطقة");
    }

    [Fact]
    public void Recognize_UnknownPluralNoun_IsSingularizedBySuffixRule()
    {
        Quantities("دمرت 5 مدرعات").Single().Quantity.Unit.CountedNoun.Should().Be("مدرعة");
    }

    [Fact]
    public void Recognize_ApproximationAfterNoun_MakesQuantityApproximate()
    {
        var q = Quantities("منذ 20 عاماً تقريباً").Single();
        q.Quantity.IsApproximate.Should().BeTrue();
        q.Text.Should().EndWith("تقريباً");
    }

    [Fact]
    public void Recognize_DoubledBound_IsOneBound()
    {
        var q = Quantities("أطلقت ما لا يقل عن 10 صواريخ على الأقل").Should().ContainSingle().Subject;
        q.Quantity.ToIntervalString().Should().Be("[10,)");
        q.Text.Should().Be("ما لا يقل عن 10 صواريخ على الأقل");
    }

    [Fact]
    public void Recognize_YearLikeNumber_TakesNoCountedNoun()
    {
        Quantities("في 2023 شهدت البلاد").Should().BeEmpty();
    }

    [Theory]
    [InlineData("وصل في 4 سبتمبر")]
    [InlineData("المباراة 6 الصينية")]
    public void Recognize_DateOrDefiniteWordAfterNumber_IsNotCountedNoun(string text)
    {
        Quantities(text).Should().BeEmpty();
    }

    [Fact]
    public void Recognize_AccusativeNoun_DropsTanweenAlef()
    {
        Quantities("أكثر من 20 سباحًا").Single().Quantity.Unit.CountedNoun.Should().Be("سباح");
    }

    [Theory]
    [InlineData("قتل آلاف الأشخاص")]
    [InlineData("يوم الاثنين الماضي")]
    public void Recognize_VagueOrNonNumberWord_IsNotANumber(string text)
    {
        Numbers(text).Should().BeEmpty();
    }

    [Fact]
    public void Recognize_DefiniteTen_IsOrdinal()
    {
        var n = Numbers("في القرن العشرين").Should().ContainSingle().Subject;
        n.Form.Should().Be(NumberForm.Ordinal);
        n.Value.Should().Be(20);
    }

    [Fact]
    public void Recognize_UrlDigits_AreNotNumbers()
    {
        Numbers("انظر https://example.com/a?q=30%25").Should().BeEmpty();
    }

    [Fact]
    public void Recognize_RandomText_NeverThrows()
    {
        var alphabet = "٠١٢٣٤٥٦٧٨٩0123456789,.٫٬،%٪-/ ثلاثةوعشرونألفمائةمليوننصفأكثرمنبينحواليكمساعة".ToCharArray();
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(alphabet)).Select(a => new string(a)).ToArbitrary(),
            text =>
            {
                _ = Numbers(text);
                _ = Ranges(text);
                _ = Quantities(text);
                return true;
            }).QuickCheckThrowOnFailure();
    }

    [Fact(Timeout = 180_000)]
    public async Task Recognize_MegabyteOfDigitsAndSeparators_Finishes()
    {
        var line = string.Concat(Enumerable.Repeat("١٢٬٣٤٥٫٦,7.8 9/1 -", 1 << 16))[..(1 << 20)];
        var found = await Task.Run(() => Quantities(line).Count + Numbers(line).Count);
        found.Should().BeGreaterThan(0, "the line holds numbers, and recognition is linear in the text length");
    }

    [Fact(Timeout = 180_000)]
    public async Task Recognize_MegabyteOfNumberWords_Finishes()
    {
        var line = string.Concat(Enumerable.Repeat("ثلاثة وعشرون ألفا و ", 1 << 16))[..(1 << 20)];
        var found = await Task.Run(() => Quantities(line).Count + Numbers(line).Count);
        found.Should().BeGreaterThan(0, "the line holds numbers, and recognition is linear in the text length");
    }
}
