namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// One entry of a pack's <c>numbers.yaml</c>: the written forms of a number word with its value and class.
/// </summary>
/// <remarks>
/// Classes: <c>zero</c>, <c>unit</c> (1–9), <c>teen</c> (10–19 written as one word), <c>teen-suffix</c> (the word
/// that turns a preceding unit into a teen, value 10), <c>ten</c> (20–90), <c>hundred</c> (multiplier 100; with
/// <see cref="Count"/> a fixed number of hundreds such as 300 or the dual 200), <c>scale</c> (multiplier 1000 and
/// up; with <see cref="Count"/> a dual such as 2000), <c>dozen</c> (12), <c>fraction</c> (value of one part, e.g.
/// 0.25), <c>ordinal</c> (value is the rank; <see cref="Denominator"/> when the word also names a fraction's parts).
/// Loaded by the YAML loader; treat instances as read-only.
/// </remarks>
public sealed class NumberWordEntry
{
    /// <summary>The written forms (one or more words each).</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>The value (see the class list).</summary>
    public double Value { get; set; }

    /// <summary>The class of the word.</summary>
    public string Class { get; set; } = "";

    /// <summary>How many of <see cref="Value"/> the form stands for (dual and compound forms), or null for one.</summary>
    public double? Count { get; set; }

    /// <summary>True for plural forms: fraction denominators ("fifths"), and plural scales ("thousands", "|lAf"), which need a multiplier before them.</summary>
    public bool Plural { get; set; }

    /// <summary>True when the form only counts directly after digits ("10k").</summary>
    public bool AfterDigitsOnly { get; set; }

    /// <summary>True when the form must match letter case exactly ("M" after digits).</summary>
    public bool CaseSensitive { get; set; }

    /// <summary>True when the word alone is also a pronoun or determiner ("one") and is dropped after a determiner.</summary>
    public bool Ambiguous { get; set; }

    /// <summary>True when the word is also a fraction's denominator (ordinals such as "fifth").</summary>
    public bool Denominator { get; set; }
}

/// <summary>
/// One entry of a pack's <c>number-syntax.yaml</c>: a function word, affix or character fold the number engine uses.
/// </summary>
/// <remarks>
/// Roles: <c>conjunction</c>, <c>joiner</c>, <c>negative</c>, <c>point</c> (decimal point word),
/// <c>article-one</c> ("a" before a number word), <c>fraction-connector</c> ("over", "out of"),
/// <c>percent</c> (with <see cref="Position"/> <c>after</c> or <c>before</c>), <c>prefix-conjunction</c>,
/// <c>prefix-preposition</c>, <c>prefix-article</c> (clitics stripped from the front of a word),
/// <c>fold</c> (each form's characters are folded to <see cref="To"/> before matching), <c>determiner</c>
/// (words after which an ambiguous number word is a pronoun), <c>ordinal-suffix</c> ("st" in "21st"),
/// <c>of</c> (linking words skipped between a fraction and a scale), <c>partitive</c> (skipped between a number and
/// its counted noun), <c>function-word</c> (never a counted noun), <c>plural-suffix</c> (singularization rule:
/// the form, at the end of a counted noun, becomes <see cref="To"/>), <c>units-before-tens</c> (a conjunction that
/// joins a unit to a following ten inside one number, as Arabic w in "vlAvp wE$rwn"), <c>fraction-of-one</c> (a phrase
/// meaning "one part of" before a denominator), <c>article</c> (skipped before a number in a range: "between the
/// tenth and the fifteenth"), <c>not-a-number</c> (a word that looks like a number word but is not one, such as a
/// weekday name), <c>below-zero</c> (after a temperature: the reading is under zero, "below zero"). <c>function-word</c> words, and month names listed with them, are never a counted noun. Loaded by the YAML loader; treat as read-only.
/// </remarks>
public sealed class NumberSyntaxEntry
{
    /// <summary>The written forms.</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>The role (see the list above).</summary>
    public string Role { get; set; } = "";

    /// <summary>The replacement for <c>fold</c> and <c>plural-suffix</c> entries.</summary>
    public string? To { get; set; }

    /// <summary>For fraction connectors: only when the numerator is smaller than the denominator.</summary>
    public bool ProperOnly { get; set; }

    /// <summary>For percent words: <c>after</c> (default) or <c>before</c> the number.</summary>
    public string? Position { get; set; }
}

/// <summary>One entry of a pack's <c>bounds.yaml</c>: a phrase that bounds or approximates a number.</summary>
/// <remarks>
/// Types: <c>gt</c>, <c>ge</c>, <c>lt</c>, <c>le</c>, <c>eq</c>, <c>approx</c> (bounds before the number, or after it
/// with <see cref="Position"/> <c>after</c>), <c>or-equal</c> (after a strict bound: makes it inclusive),
/// <c>range-start</c> ("between", "from"), <c>range-middle</c> ("and", "to" after a range start),
/// <c>range-separator</c> ("-", "to" between two numbers), <c>join</c> (joins a lower and an upper bound).
/// Loaded by the YAML loader; treat as read-only.
/// </remarks>
public sealed class BoundEntry
{
    /// <summary>The written forms (one or more tokens each).</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>The bound type.</summary>
    public string Type { get; set; } = "";

    /// <summary><c>before</c> (default) or <c>after</c> the number; <c>both</c> for phrases used either way.</summary>
    public string? Position { get; set; }

    /// <summary>For range ends: true when the upper end is included (default false, the half-open convention).</summary>
    public bool HighInclusive { get; set; }
}

/// <summary>One entry of a pack's <c>units.yaml</c>: the written forms of a unit of measure or currency.</summary>
/// <remarks>Loaded by the YAML loader; treat as read-only.</remarks>
public sealed class UnitEntry
{
    /// <summary>The written forms (one or more tokens each: "km/h", "km / sAEp").</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>The unit identifier, as understood by <c>Unit.FromId</c> (<c>km</c>, <c>t</c>, <c>h</c>, <c>currency:USD</c>…).</summary>
    public string Unit { get; set; } = "";

    /// <summary>For dual (or other counted) forms: how many units the word alone stands for ("ywmyn" = 2 days).</summary>
    public double? Count { get; set; }

    /// <summary>True when the form may also stand before the number ("$5").</summary>
    public bool Prefix { get; set; }

    /// <summary>
    /// Context words: when not empty, the form is this unit only when one of these words (or a clitic form of it) is
    /// within a few words of the quantity (a bare "daraja" is a degree of temperature only near "temperature"; the dual
    /// of "decade" is two decades only near a word of time, otherwise two of the counted noun).
    /// </summary>
    public List<string> Near { get; set; } = new();
}

/// <summary>One entry of a pack's <c>counted-nouns.yaml</c>: the forms of a common counted noun and its canonical (singular) form.</summary>
/// <remarks>Loaded by the YAML loader; treat as read-only.</remarks>
public sealed class CountedNounEntry
{
    /// <summary>The canonical form (singular, without clitics) used as the count unit's noun.</summary>
    public string Canonical { get; set; } = "";

    /// <summary>The other forms (plural, dual, case forms).</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>For dual forms listed in <see cref="DualForms"/>: they stand for two of the noun.</summary>
    public List<string> DualForms { get; set; } = new();

    /// <summary>
    /// True when the noun names people (officials, leaders, soldiers, casualties): a number before it is a count of
    /// people (<see cref="ClaimTracker.Recognition.Quantities.RecognizedQuantity.CountsPeople"/>), never a unit of measure.
    /// </summary>
    public bool Person { get; set; }
}

/// <summary>
/// One entry of a pack's <c>currencies.yaml</c>: the written forms of one ISO 4217 currency (<see cref="Code"/>), of a
/// name shared by several currencies (<see cref="Family"/> with <see cref="Codes"/>), or of a sub-unit
/// (<see cref="SubunitOf"/>: one hundredth, or one thousandth, of each listed currency, as its ISO minor units say).
/// </summary>
/// <remarks>Loaded by the YAML loader; treat as read-only.</remarks>
public sealed class CurrencyEntry
{
    /// <summary>The ISO 4217 code of the currency, or null for a family or sub-unit entry.</summary>
    public string? Code { get; set; }

    /// <summary>A language-neutral key of a shared name (<c>riyal</c>), the same in every pack; with <see cref="Codes"/>.</summary>
    public string? Family { get; set; }

    /// <summary>For a family: the ISO codes the bare name can stand for (two or more).</summary>
    public List<string> Codes { get; set; } = new();

    /// <summary>For a sub-unit: the ISO codes it divides.</summary>
    public List<string> SubunitOf { get; set; } = new();

    /// <summary>Names written after a number (singular, plural and case forms, qualified names).</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>Dual forms, which stand for two of the currency without a number.</summary>
    public List<string> Duals { get; set; } = new();

    /// <summary>Symbols, written before or after the number (<c>$</c>, <c>j.m</c> (the Egyptian pound)).</summary>
    public List<string> Symbols { get; set; } = new();

    /// <summary>Abbreviations matched with their exact letter case, before or after the number (<c>KWD</c>, <c>SR</c>); one token each.</summary>
    public List<string> Abbreviations { get; set; } = new();
}
