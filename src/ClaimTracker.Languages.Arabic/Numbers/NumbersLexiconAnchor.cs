namespace ClaimTracker.Languages.Arabic.Numbers;

/// <summary>Marks the assembly that embeds the Arabic number, bound, unit and counted-noun lexicons (for tests).</summary>
internal static class NumbersLexiconAnchor
{
}
