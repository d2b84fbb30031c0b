namespace ClaimTracker.Model;

/// <summary>
/// What a <see cref="Unit"/> measures. Two quantities can be compared only when their units share a dimension
/// (and, for <see cref="Count"/> and <see cref="Currency"/>, the same counted noun or currency code).
/// </summary>
/// <remarks>
/// The default value is <see cref="Count"/>. Values are stable: they are serialized by name (camelCase) and
/// new members are only ever appended.
/// </remarks>
public enum Dimension
{
    /// <summary>A count of a named noun ("10,000 containers"). No conversion across different nouns.</summary>
    Count,

    /// <summary>Mass; base unit the kilogram.</summary>
    Mass,

    /// <summary>Length; base unit the metre.</summary>
    Length,

    /// <summary>Speed; base unit the metre per second.</summary>
    Speed,

    /// <summary>Duration; base unit the second (a month is 30.436875 days, a year 365.2425 days).</summary>
    Duration,

    /// <summary>Money in one currency; no conversion across different currencies.</summary>
    Currency,

    /// <summary>A percentage; base unit the percentage point.</summary>
    Percent,

    /// <summary>A pure number or a range without a unit.</summary>
    Dimensionless,

    /// <summary>Volume; base unit the cubic metre (a litre is 0.001).</summary>
    Volume,

    /// <summary>Area; base unit the square metre.</summary>
    Area,

    /// <summary>Temperature (a reading, not a difference); base unit the degree Celsius.</summary>
    Temperature,

    /// <summary>Energy; base unit the joule.</summary>
    Energy,
}
