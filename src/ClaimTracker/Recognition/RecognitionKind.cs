namespace ClaimTracker.Recognition;

/// <summary>What a recognizer found.</summary>
public enum RecognitionKind
{
    /// <summary>A number (cardinal, ordinal, fraction or percentage) with its value.</summary>
    Number,

    /// <summary>A numeric range or bound without a unit ("more than 10,000", "between 5 and 7").</summary>
    Range,

    /// <summary>A number or range over a unit or counted noun ("more than 10,000 containers", "about 60 km/h").</summary>
    Quantity,

    /// <summary>A point or interval in time, resolved against the publication date.</summary>
    Date,

    /// <summary>A length of time ("a visit lasting two days"), kept apart from points in time.</summary>
    Duration,
}
