namespace ClaimTracker.Model;

/// <summary>How precisely a <see cref="FuzzyTime"/> is known, from coarse to fine.</summary>
public enum TimePrecision
{
    /// <summary>A century ("the twentieth century").</summary>
    Century,

    /// <summary>A decade ("the 1980s", "two decades ago").</summary>
    Decade,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A week.</summary>
    Week,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A part of a day (morning, afternoon, evening, night).</summary>
    PartOfDay,

    /// <summary>An hour or finer clock time.</summary>
    Time,
}
