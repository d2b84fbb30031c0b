namespace ClaimTracker.Recognition.Numbers;

/// <summary>How a recognized number was written.</summary>
public enum NumberForm
{
    /// <summary>A whole cardinal number ("ten thousand", "U+0661 U+0660 U+066C U+0660 U+0660 U+0660", "vlAvp |lAf").</summary>
    Cardinal,

    /// <summary>An ordinal ("first", "21st", "AlHAdy E$r"), kept apart from cardinals.</summary>
    Ordinal,

    /// <summary>A fraction or mixed number ("three quarters", "1/2", "wAHd wnSf").</summary>
    Fraction,

    /// <summary>A percentage ("20 %", "E$ryn bAlm}p"); the value is the number of hundredths (20, not 0.2).</summary>
    Percent,

    /// <summary>A number with a decimal part ("2.5", "U+0662 U+066B U+0665").</summary>
    Decimal,
}
