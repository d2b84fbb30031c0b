namespace ClaimTracker.Recognition.Numbers;

/// <summary>How a recognized number was written.</summary>
public enum NumberForm
{
    /// <summary>A whole cardinal number ("ten thousand", "١٠٬٠٠٠", "ثلاثة آلاف").</summary>
    Cardinal,

    /// <summary>An ordinal ("first", "21st", "الحادي عشر"), kept apart from cardinals.</summary>
    Ordinal,

    /// <summary>A fraction or mixed number ("three quarters", "1/2", "واحد ونصف").</summary>
    Fraction,

    /// <summary>A percentage ("20 %", "عشرين بالمئة"); the value is the number of hundredths (20, not 0.2).</summary>
    Percent,

    /// <summary>A number with a decimal part ("2.5", "٢٫٥").</summary>
    Decimal,
}
