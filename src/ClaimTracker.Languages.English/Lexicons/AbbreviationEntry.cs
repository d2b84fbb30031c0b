namespace ClaimTracker.Languages.English.Lexicons;

/// <summary>One entry of the English <c>abbreviations.yaml</c> lexicon: an abbreviation ending with a period.</summary>
/// <remarks>Mutable only for the YAML loader; treat loaded instances as read-only.</remarks>
public sealed class AbbreviationEntry
{
    /// <summary>The abbreviation as written, with its periods, e.g. <c>Mr.</c> or <c>U.S.</c>.</summary>
    public string Form { get; set; } = "";

    /// <summary>
    /// <c>title</c> when the abbreviation always comes before a name or number and so never ends a sentence
    /// (<c>Dr.</c>, <c>Gen.</c>, <c>No.</c>); <c>general</c> (the default) when it may end one.
    /// </summary>
    public string Kind { get; set; } = "general";

    /// <summary>True when <see cref="Kind"/> is <c>title</c>.</summary>
    internal bool IsTitle => string.Equals(Kind, "title", StringComparison.OrdinalIgnoreCase);
}
