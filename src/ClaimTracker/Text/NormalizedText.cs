namespace ClaimTracker.Text;

/// <summary>
/// The result of normalizing a text: the normalized string plus an offset map back to the original,
/// so that every token, number and claim found in the normalized text points at the exact characters
/// of the original.
/// </summary>
/// <remarks>
/// For each code unit <c>i</c> of <see cref="Text"/>, the map gives the offset in <see cref="Original"/> of the
/// code unit it came from; one extra entry maps <c>Text.Length</c> to <c>Original.Length</c>.
/// Deleted original characters (diacritics, tatweel) are simply not mapped to; a span in the normalized
/// text maps to the smallest original span that covers its characters.
/// Instances are immutable and thread-safe. Build them with <see cref="NormalizedTextBuilder"/>.
/// </remarks>
public sealed class NormalizedText
{
    private readonly int[] _map;

    internal NormalizedText(string original, string text, int[] map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    /// <summary>The text before normalization.</summary>
    public string Original { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>A normalization that changes nothing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static NormalizedText Identity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new int[text.Length + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = i;
        }

        return new NormalizedText(text, text, map);
    }

    /// <summary>Offset in <see cref="Original"/> of the code unit at <paramref name="index"/> in <see cref="Text"/>.</summary>
    /// <param name="index">An offset in <see cref="Text"/>, from 0 to <c>Text.Length</c> inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the text.</exception>
    public int ToOriginalOffset(int index)
    {
        if ((uint)index >= (uint)_map.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Offset must be within 0..{Text.Length}.");
        }

        return _map[index];
    }

    /// <summary>
    /// Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> that produced it:
    /// from the original offset of its first code unit to just after the original code unit of its last.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches past the end of <see cref="Text"/>.</exception>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"Span must lie within the normalized text of length {Text.Length}.");
        }

        if (span.IsEmpty)
        {
            var at = _map[span.Start];
            return new TextSpan(at, 0);
        }

        var start = _map[span.Start];
        var end = _map[span.End - 1] + 1;
        if (end < Original.Length && char.IsHighSurrogate(Original[end - 1]) && char.IsLowSurrogate(Original[end]))
        {
            end++;
        }

        // Original code units deleted by normalization right after the span's last character (diacritics,
        // tatweel) belong to it; deleted whitespace or punctuation stays outside.
        var next = _map[span.End];
        while (end < next && !char.IsWhiteSpace(Original[end]) && !char.IsPunctuation(Original[end]))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }
}
