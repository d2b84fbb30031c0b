using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Testing.Dates;

/// <summary>
/// Date-recognizer helpers shared by the language packs' date tests (linked by the Arabic and English test projects).
/// Each project supplies <c>DatesTestPack.Instance</c>, the pack its date tests run against, in this namespace.
/// </summary>
internal static class DateTestSupport
{
    public static readonly DateRecognizer Recognizer = new();

    /// <summary>Parses "2024", "2024-06" or "2024-06-19" into a FuzzyTime at that precision.</summary>
    public static FuzzyTime Parse(string s) => FuzzyTime.Parse(s);

    public static RecognitionResult Run(string text, string? reference) =>
        Recognizer.Recognize(text, new RecognitionContext(DatesTestPack.Instance, reference is null ? null : Parse(reference)));

    public static IReadOnlyList<RecognizedTime> Times(string text, string? reference) =>
        Run(text, reference).Items.OfType<RecognizedTime>().ToList();

    public static RecognizedTime Single(string text, string? reference)
    {
        var times = Times(text, reference);
        times.Should().ContainSingle($"'{text}' should hold one date");
        return times[0];
    }

    public static string RepoRoot() => ClaimTracker.Testing.RepoPaths.Root;
}
