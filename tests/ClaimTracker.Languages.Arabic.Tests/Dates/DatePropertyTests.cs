using ClaimTracker.Recognition.Dates;
using FsCheck;
using FsCheck.Fluent;
using static ClaimTracker.Testing.Dates.DateTestSupport;

namespace ClaimTracker.Languages.Arabic.Tests.Dates;

public class DatePropertyTests
{
    private static readonly string[] PastCues =
    {
        "أمس", "أول أمس", "الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "منذ سبتمبر", "قبل ثلاثة أيام", "قبل أسبوعين",
        "منذ 24 عاماً", "في سبتمبر", "في 25 أبريل", "يوم الثلاثاء", "مساء الأحد", "الاثنين الماضي",
    };

    private static readonly string[] Weekdays = { "يوم الاثنين", "يوم الثلاثاء", "صباح الأربعاء", "الخميس", "يوم الجمعة", "مساء السبت", "يوم الأحد" };

    private static Gen<DateTime> Days => Gen.Choose(0, 20000).Select(n => new DateTime(1990, 1, 1).AddDays(n));

    [Fact]
    public void Recognize_PastCue_NeverStartsAfterReferenceDay()
    {
        Prop.ForAll(Days.ToArbitrary(), Gen.Elements(PastCues).ToArbitrary(), (day, cue) =>
        {
            var reference = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var times = Times("قال " + cue, reference);
            return times.Count == 1 && times[0].Time.Start is { } s && s <= day;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Recognize_Weekday_ShiftsWithWholeWeeks()
    {
        Prop.ForAll(Days.ToArbitrary(), Gen.Choose(-200, 200).ToArbitrary(), Gen.Elements(Weekdays).ToArbitrary(), (day, weeks, cue) =>
        {
            var shifted = day.AddDays(7 * weeks);
            var a = Times(cue, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Single().Time.Start!.Value;
            var b = Times(cue, shifted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Single().Time.Start!.Value;
            return b == a.AddDays(7 * weeks) && a <= day && a > day.AddDays(-7);
        }).QuickCheckThrowOnFailure();
    }
}
