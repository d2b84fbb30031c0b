namespace ClaimTracker.Languages.Arabic.Dates;

/// <summary>Marks the assembly that embeds the Arabic date lexicons (for tests that load them before the pack class exists).</summary>
internal static class DatesLexiconAnchor
{
}
