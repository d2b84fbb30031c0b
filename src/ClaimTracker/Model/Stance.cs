namespace ClaimTracker.Model;

/// <summary>What a source does with a proposition.</summary>
/// <remarks>The default value is <see cref="Asserts"/>. Serialized by name (camelCase); members are only appended.</remarks>
public enum Stance
{
    /// <summary>States it as fact ("X said the ship sank").</summary>
    Asserts,

    /// <summary>Rejects it ("X denied sending troops").</summary>
    Denies,

    /// <summary>Accuses or reports it with a hedge ("X accused Y of ...", "reportedly").</summary>
    Alleges,

    /// <summary>Predicts, plans or threatens it ("X will", "X plans to", "X expects").</summary>
    Expects,

    /// <summary>Asks or doubts it without committing ("X questioned whether ...").</summary>
    Questions,
}

/// <summary>Whether a claim says its proposition holds.</summary>
/// <remarks>
/// The default value is <see cref="Positive"/>. Polarity follows from the <see cref="Stance"/>
/// (<see cref="StanceFacts.DefaultPolarity(Stance)"/>) and is flipped by negation in the text: "X asserts that Y did
/// not ..." is <see cref="Stance.Asserts"/> with <see cref="Negative"/> polarity. <see cref="Unknown"/> exists because a
/// question commits to neither; comparison treats it as neither agreeing nor conflicting.
/// </remarks>
public enum Polarity
{
    /// <summary>The proposition holds (or will hold).</summary>
    Positive,

    /// <summary>The proposition does not hold.</summary>
    Negative,

    /// <summary>No commitment either way (a question, an unresolved hedge).</summary>
    Unknown,
}

/// <summary>Facts about <see cref="Stance"/> values.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class StanceFacts
{
    /// <summary>
    /// The polarity a stance implies before any negation in the proposition: <see cref="Stance.Denies"/> is
    /// <see cref="Polarity.Negative"/>, <see cref="Stance.Questions"/> is <see cref="Polarity.Unknown"/>, every other stance
    /// is <see cref="Polarity.Positive"/>.
    /// </summary>
    /// <param name="stance">The stance.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not defined.</exception>
    public static Polarity DefaultPolarity(Stance stance) => stance switch
    {
        Stance.Asserts or Stance.Alleges or Stance.Expects => Polarity.Positive,
        Stance.Denies => Polarity.Negative,
        Stance.Questions => Polarity.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, "Unknown stance."),
    };

    /// <summary>The opposite polarity: positive and negative swap, unknown stays unknown.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is not defined.</exception>
    public static Polarity Negate(Polarity polarity) => polarity switch
    {
        Polarity.Positive => Polarity.Negative,
        Polarity.Negative => Polarity.Positive,
        Polarity.Unknown => Polarity.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Unknown polarity."),
    };
}
