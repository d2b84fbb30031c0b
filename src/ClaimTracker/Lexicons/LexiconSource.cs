namespace ClaimTracker.Lexicons;

/// <summary>Where a lexicon's data comes from, so explanations and docs can credit and cite it.</summary>
/// <remarks>Mutable only for the YAML loader; treat loaded instances as read-only.</remarks>
public sealed class LexiconSource
{
    /// <summary>A short name of the source (a paper, a dictionary, "ClaimTracker contributors").</summary>
    public string Name { get; set; } = "";

    /// <summary>A URL or citation where the data can be checked, if any.</summary>
    public string? Url { get; set; }

    /// <summary>The licence of the data.</summary>
    public string? License { get; set; }

    /// <summary>Free-text notes (what was adapted, how it was checked).</summary>
    public string? Note { get; set; }
}
