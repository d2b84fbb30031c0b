namespace ClaimTracker.Recognition.Dates;

/// <summary>A part of the day named by a date expression ("Wednesday morning", "Sunday evening").</summary>
public enum DayPart
{
    /// <summary>Morning (dawn to noon).</summary>
    Morning,

    /// <summary>Noon and early afternoon.</summary>
    Afternoon,

    /// <summary>Evening.</summary>
    Evening,

    /// <summary>Night.</summary>
    Night,
}
