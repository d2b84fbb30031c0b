namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// One entry of a language pack's date lexicons (<c>dates.yaml</c>, <c>months.yaml</c>, <c>weekdays.yaml</c>,
/// <c>holidays.yaml</c>): a word or phrase with its role in date expressions.
/// </summary>
/// <remarks>
/// Mutable only for the YAML loader; treat loaded instances as read-only. <see cref="Kind"/> is one of the role
/// names listed in <c>docs/dates.md</c> (for example <c>month</c>, <c>weekday</c>, <c>relativeDay</c>,
/// <c>unit</c>, <c>past</c>, <c>next</c>, <c>ago</c>, <c>since</c>, <c>fold</c>, <c>prefix</c>).
/// </remarks>
public sealed class DateWordEntry
{
    /// <summary>The role of the forms in date expressions.</summary>
    public string Kind { get; set; } = "";

    /// <summary>A number whose meaning depends on <see cref="Kind"/>: month 1–12, ISO weekday 1 (Monday) – 7, day offset, number value, decade, ordinal.</summary>
    public int? Value { get; set; }

    /// <summary>For units and recurrences: <c>second</c>, <c>minute</c>, <c>hour</c>, <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>, <c>year</c>, <c>decade</c>, <c>century</c>.</summary>
    public string? Unit { get; set; }

    /// <summary>For unit forms that carry their own count (Arabic duals such as "two days"): the count.</summary>
    public int? Count { get; set; }

    /// <summary>For parts of the day: <c>morning</c>, <c>afternoon</c>, <c>evening</c>, <c>night</c>.</summary>
    public string? Part { get; set; }

    /// <summary>For fixed-date holidays: the month (1–12).</summary>
    public int? Month { get; set; }

    /// <summary>For fixed-date holidays: the day of the month.</summary>
    public int? Day { get; set; }

    /// <summary>For months: <c>gregorian</c> (default) or <c>hijri</c>.</summary>
    public string? Calendar { get; set; }

    /// <summary>For folds: the replacement text; for settings: the setting's value.</summary>
    public string? Text { get; set; }

    /// <summary>The written forms (words or phrases) of the entry.</summary>
    public List<string> Forms { get; set; } = new();

    /// <summary>A free-text note for linguists.</summary>
    public string? Note { get; set; }
}
