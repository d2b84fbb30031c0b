namespace ClaimTracker.Lexicons;

/// <summary>
/// One lexicon file: a header saying which language it belongs to and where its data comes from, and a list
/// of entries whose shape depends on the lexicon (month names, number words, cue verbs…).
/// </summary>
/// <typeparam name="TEntry">The entry shape; a class with settable properties named as in the YAML (camelCase).</typeparam>
/// <remarks>
/// Lexicons are YAML files embedded in language-pack assemblies, written to be edited by linguists:
/// <code>
/// language: ar
/// source: { name: "…", url: "…", license: "…" }
/// entries:
///   - value: 9
///     forms: ["…", "…"]   # the language's names for September
/// </code>
/// Load them with <see cref="LexiconLoader"/>.
/// </remarks>
public sealed class LexiconDocument<TEntry>
    where TEntry : class
{
    /// <summary>BCP 47 code of the language the entries belong to.</summary>
    public string Language { get; set; } = "";

    /// <summary>Where the data comes from.</summary>
    public LexiconSource Source { get; set; } = new();

    /// <summary>Free-text description of the lexicon.</summary>
    public string? Description { get; set; }

    /// <summary>The entries, in file order.</summary>
    public List<TEntry> Entries { get; set; } = new();
}
