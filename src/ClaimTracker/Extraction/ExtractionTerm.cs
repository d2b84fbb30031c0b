namespace ClaimTracker.Extraction;

/// <summary>
/// One entry of a pack's extraction lexicons (<c>cues.yaml</c>, <c>stance.yaml</c>, <c>negation.yaml</c>,
/// <c>events.yaml</c>, <c>objects.yaml</c>, <c>sources.yaml</c>, <c>syntax.yaml</c>, <c>affixes.yaml</c>): a list of word
/// forms (one or more words each) with what they signal. See <c>docs/extraction.md</c> for the types each file uses.
/// </summary>
/// <remarks>Mutable only for the YAML loader; treat loaded instances as read-only.</remarks>
public sealed class ExtractionTerm
{
    /// <summary>What the forms signal, for example <c>speech</c>, <c>negator</c>, <c>trigger</c> or <c>prefix</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The word forms (normalized by the pack before matching); a form may have several words.</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>The value: a stance for cues, an event code for triggers, a class for objects and source nouns.</summary>
    public string? Value { get; set; }

    /// <summary>For cues: where the speaker stands, <c>post</c> (after the cue, the default) or <c>pre</c> (before it).</summary>
    public string? Speaker { get; set; }

    /// <summary>For triggers: priority when a sentence has several (default 1).</summary>
    public double Weight { get; set; } = 1d;

    /// <summary>For triggers: true when the grammatical subject receives (buy, receive) and the source after a source preposition is the agent.</summary>
    public bool Inverse { get; set; }

    /// <summary>
    /// For triggers: true for a verbal noun whose bare complement is the receiver ("supplying Russia with arms"): an
    /// entity right after it is never taken as the agent.
    /// </summary>
    public bool Nominal { get; set; }

    /// <summary>
    /// For triggers: true for an antonym of the class ("fell" under the class of "rose", "lost" under "won"): the claim
    /// states the opposite of its class, so its polarity is flipped (not for denials), and "prices rose" and "prices fell"
    /// contradict.
    /// </summary>
    public bool Negates { get; set; }

    /// <summary>For source nouns: the source kind (<c>role</c>, <c>outlet</c>, <c>document</c>, <c>government</c>, <c>anonymous</c>...).</summary>
    public string? Kind { get; set; }

    /// <summary>For source nouns: true when the definite noun refers back to the last outlet named ("the newspaper").</summary>
    public bool Anaphoric { get; set; }

    /// <summary>For cues: true when a following relay preposition names the origin ("conveyed ... from X").</summary>
    public bool Relay { get; set; }
}
