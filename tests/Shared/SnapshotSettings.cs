namespace ClaimTracker.Tests.Snapshots;

/// <summary>
/// Options for one snapshot check, modelled on Verify's <c>VerifySettings</c> so a later move to Verify is mechanical.
/// </summary>
public sealed class SnapshotSettings
{
    private readonly List<Func<string, string>> scrubbers = [];

    /// <summary>Scrubbers applied in order, after line endings are normalized and before the built-in scrubbers.</summary>
    public IReadOnlyList<Func<string, string>> Scrubbers => scrubbers;

    /// <summary>Replace GUIDs with <c>Guid_1</c>, <c>Guid_2</c>, ... numbered by first appearance. On by default.</summary>
    public bool ScrubGuids { get; set; } = true;

    /// <summary>
    /// Replace ISO 8601 timestamps that carry a zone (<c>2026-01-02T03:04:05Z</c>, <c>...+02:00</c>) with
    /// <c>DateTimeOffset_1</c>, ... On by default. Zone-less model times (<c>2024-06-19</c>, <c>2024-06-19T06:00:00</c>)
    /// are data and are kept.
    /// </summary>
    public bool ScrubTimestamps { get; set; } = true;

    /// <summary>Overrides the type part of the file name (default: the calling source file's name up to its first dot).</summary>
    public string? TypeName { get; private set; }

    /// <summary>Overrides the method part of the file name (default: the calling member).</summary>
    public string? MethodName { get; private set; }

    /// <summary>Adds a scrubber (like Verify's <c>AddScrubber</c>).</summary>
    public SnapshotSettings AddScrubber(Func<string, string> scrubber)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        scrubbers.Add(scrubber);
        return this;
    }

    /// <summary>Replaces every occurrence of <paramref name="value"/> with <paramref name="replacement"/> (like Verify's <c>ScrubInlineValue</c>).</summary>
    public SnapshotSettings ScrubValue(string value, string replacement)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return AddScrubber(s => s.Replace(value, replacement, StringComparison.Ordinal));
    }

    /// <summary>Removes every line that contains <paramref name="fragment"/> (like Verify's <c>ScrubLinesContaining</c>).</summary>
    public SnapshotSettings ScrubLinesContaining(string fragment)
    {
        ArgumentException.ThrowIfNullOrEmpty(fragment);
        return AddScrubber(s => string.Join('\n', s.Split('\n').Where(l => !l.Contains(fragment, StringComparison.Ordinal))));
    }

    /// <summary>Uses <paramref name="name"/> as the type part of the file name (like Verify's <c>UseTypeName</c>).</summary>
    public SnapshotSettings UseTypeName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        TypeName = name;
        return this;
    }

    /// <summary>Uses <paramref name="name"/> as the method part of the file name (like Verify's <c>UseMethodName</c>).</summary>
    public SnapshotSettings UseMethodName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        MethodName = name;
        return this;
    }
}
