namespace ClaimTracker.Languages.English.Dates;

/// <summary>Marks the assembly that embeds the English date lexicons (for tests that load them before the pack class exists).</summary>
internal static class DatesLexiconAnchor
{
}
