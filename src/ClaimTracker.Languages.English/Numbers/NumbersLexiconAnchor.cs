namespace ClaimTracker.Languages.English.Numbers;

/// <summary>Marks the assembly that embeds the English number, bound, unit and counted-noun lexicons (for tests).</summary>
internal static class NumbersLexiconAnchor
{
}
