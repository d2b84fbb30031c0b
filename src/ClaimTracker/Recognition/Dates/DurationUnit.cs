namespace ClaimTracker.Recognition.Dates;

/// <summary>The calendar or clock unit a duration is counted in.</summary>
public enum DurationUnit
{
    /// <summary>Seconds.</summary>
    Second,

    /// <summary>Minutes.</summary>
    Minute,

    /// <summary>Hours.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks (7 days).</summary>
    Week,

    /// <summary>Months (30 days when converted to seconds).</summary>
    Month,

    /// <summary>Quarters (3 months).</summary>
    Quarter,

    /// <summary>Years (365 days when converted to seconds).</summary>
    Year,

    /// <summary>Decades (10 years).</summary>
    Decade,

    /// <summary>Centuries (100 years).</summary>
    Century,
}
