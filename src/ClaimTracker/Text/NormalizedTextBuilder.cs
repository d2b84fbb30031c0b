using System.Text;

namespace ClaimTracker.Text;

/// <summary>
/// Builds a <see cref="NormalizedText"/> one output character at a time, recording for each which
/// original offset it came from. Language-pack normalizers use it so that their offset maps are always
/// consistent.
/// </summary>
/// <remarks>Not thread-safe; use one builder per normalization.</remarks>
public sealed class NormalizedTextBuilder
{
    private readonly string _original;
    private readonly StringBuilder _text;
    private readonly List<int> _map;

    /// <summary>Starts building the normalization of <paramref name="original"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is null.</exception>
    public NormalizedTextBuilder(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _original = original;
        _text = new StringBuilder(original.Length);
        _map = new List<int>(original.Length + 1);
    }

    /// <summary>Number of code units written so far.</summary>
    public int Length => _text.Length;

    /// <summary>The last code unit written, or <c>'\0'</c> when nothing has been written.</summary>
    public char Last => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Appends <paramref name="c"/>, produced from the original code unit at <paramref name="originalOffset"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="originalOffset"/> is outside the original text or goes backwards.</exception>
    public NormalizedTextBuilder Append(char c, int originalOffset)
    {
        if ((uint)originalOffset >= (uint)_original.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(originalOffset), originalOffset, $"Offset must be within 0..{_original.Length - 1}.");
        }

        if (_map.Count > 0 && originalOffset < _map[^1])
        {
            throw new ArgumentOutOfRangeException(nameof(originalOffset), originalOffset, "Offsets must not go backwards.");
        }

        _text.Append(c);
        _map.Add(originalOffset);
        return this;
    }

    /// <summary>Appends each code unit of <paramref name="s"/>, all produced from the original code unit at <paramref name="originalOffset"/>.</summary>
    public NormalizedTextBuilder Append(string s, int originalOffset)
    {
        ArgumentNullException.ThrowIfNull(s);
        foreach (var c in s)
        {
            Append(c, originalOffset);
        }

        return this;
    }

    /// <summary>Finishes the normalization.</summary>
    public NormalizedText Build()
    {
        var map = new int[_map.Count + 1];
        _map.CopyTo(map);
        map[^1] = _original.Length;
        return new NormalizedText(_original, _text.ToString(), map);
    }
}
