namespace ClaimTracker.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a string.
/// </summary>
/// <remarks>
/// Spans are always expressed against a specific string; spans produced by ClaimTracker's public API
/// point into the <em>original</em> article text unless a member says otherwise.
/// The default value is the empty span at offset 0. Ordering is by <see cref="Start"/>, then by <see cref="End"/>.
/// This type is immutable and thread-safe.
/// </remarks>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">First code unit, zero or more.</param>
    /// <param name="length">Number of code units, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Creates a span from its start and exclusive end.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"End ({end}) must not be before start ({start}).");
        }

        return new TextSpan(start, end - start);
    }

    /// <summary>First code unit of the span.</summary>
    public int Start { get; }

    /// <summary>Number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>Exclusive end of the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>Number of code units the two spans share (zero when disjoint).</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches past the end of <paramref name="text"/>.</exception>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"Span {this} reaches past the end of a text of length {text.Length}.");
        }

        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }

    /// <summary>Formats as <c>[start,end)</c>.</summary>
    public override string ToString() => $"[{Start},{End})";
}
