using ClaimTracker.Lexicons;

namespace ClaimTracker.Languages.English.Lexicons;

/// <summary>The lexicons embedded in the English pack assembly.</summary>
internal static class EnglishLexicons
{
    /// <summary>The provider over the pack's embedded <c>Lexicons/*.yaml</c> files.</summary>
    public static ILexiconProvider Provider { get; } = new EmbeddedLexiconProvider(typeof(EnglishLexicons).Assembly);

    /// <summary>The entries of <c>abbreviations.yaml</c>.</summary>
    public static IReadOnlyList<AbbreviationEntry> Abbreviations =>
        Provider.TryLoad<AbbreviationEntry>("abbreviations.yaml")?.Entries
        ?? throw new LexiconFormatException("The English pack embeds no abbreviations.yaml.");

    /// <summary>The words of <c>sentence-starters.yaml</c>.</summary>
    public static IReadOnlyList<string> SentenceStarters =>
        Provider.TryLoad<SentenceStarterEntry>("sentence-starters.yaml")?.Entries.Select(e => e.Form).ToArray()
        ?? throw new LexiconFormatException("The English pack embeds no sentence-starters.yaml.");
}
