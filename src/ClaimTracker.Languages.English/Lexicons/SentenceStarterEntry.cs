namespace ClaimTracker.Languages.English.Lexicons;

/// <summary>One entry of the English <c>sentence-starters.yaml</c> lexicon: a word that often opens a sentence.</summary>
/// <remarks>Mutable only for the YAML loader; treat loaded instances as read-only.</remarks>
public sealed class SentenceStarterEntry
{
    /// <summary>The word, capitalised as at the start of a sentence (matched without regard to case).</summary>
    public string Form { get; set; } = "";
}
