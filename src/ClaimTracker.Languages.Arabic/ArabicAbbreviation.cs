namespace ClaimTracker.Languages.Arabic;

/// <summary>One entry of the pack's <c>abbreviations.yaml</c> lexicon: an abbreviation whose full stop does not end a sentence.</summary>
/// <remarks>Mutable only for the YAML loader; treat loaded instances as read-only.</remarks>
public sealed class ArabicAbbreviation
{
    /// <summary>The abbreviation as written, with its final full stop, e.g. <c>د.</c> or <c>U.S.</c>.</summary>
    public string Form { get; set; } = "";

    /// <summary>What it stands for, for documentation.</summary>
    public string? Meaning { get; set; }
}
