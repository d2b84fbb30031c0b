using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// A point or interval in time found in text ("25 April 2019", "last month", "since September"),
/// resolved to a <see cref="FuzzyTime"/> against the publication date when it is relative.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Recognized.Rule"/> names the resolution rule (for example
/// <c>weekday.most-recent</c> or <c>month.past-default</c>) so reports can explain the value; see
/// <c>docs/dates.md</c> for the list.
/// </remarks>
public sealed record RecognizedTime : Recognized
{
    /// <summary>Creates a result.</summary>
    /// <param name="span">Where the expression was written.</param>
    /// <param name="text">The exact characters at <paramref name="span"/>.</param>
    /// <param name="rule">The rule that resolved the value.</param>
    /// <param name="time">The resolved interval and its precision.</param>
    /// <param name="isRelative">True when the value depends on the reference (publication) date.</param>
    /// <param name="dayPart">The part of the day the text named ("morning", "evening"), if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="rule"/> is null.</exception>
    public RecognizedTime(TextSpan span, string text, string rule, FuzzyTime time, bool isRelative, DayPart? dayPart = null)
        : base(span, text, rule)
    {
        Time = time;
        IsRelative = isRelative;
        DayPart = dayPart;
    }

    /// <inheritdoc />
    public override RecognitionKind Kind => RecognitionKind.Date;

    /// <summary>The resolved interval; <see cref="FuzzyTime.IsOpen"/> for "since …" and "until …".</summary>
    public FuzzyTime Time { get; }

    /// <summary>How precisely the text gave the time (same as <c>Time.Precision</c>).</summary>
    public TimePrecision Precision => Time.Precision;

    /// <summary>True when the value was resolved against the reference date ("yesterday", "Tuesday", "in March").</summary>
    public bool IsRelative { get; }

    /// <summary>The part of the day named by the text; the interval still covers the whole day.</summary>
    public DayPart? DayPart { get; }
}
