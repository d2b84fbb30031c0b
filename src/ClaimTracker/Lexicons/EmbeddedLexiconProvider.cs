using System.Collections.Concurrent;
using System.Reflection;

namespace ClaimTracker.Lexicons;

/// <summary>
/// Serves the YAML lexicons embedded in an assembly. A resource counts as a lexicon when its manifest name
/// contains <c>.Lexicons.</c> and ends with <c>.yaml</c>; it is known by the rest of its name
/// (<c>My.Pack.Lexicons.numbers.yaml</c> → <c>numbers.yaml</c>).
/// </summary>
/// <remarks>Thread-safe; each lexicon is parsed once per entry type and cached.</remarks>
public sealed class EmbeddedLexiconProvider : ILexiconProvider
{
    private const string Marker = ".Lexicons.";
    private readonly Assembly _assembly;
    private readonly IReadOnlyDictionary<string, string> _resources;
    private readonly ConcurrentDictionary<(string Name, Type Type), object?> _cache = new();

    /// <summary>Creates a provider over the lexicons embedded in <paramref name="assembly"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    public EmbeddedLexiconProvider(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assembly = assembly;
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var at = resource.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0 && resource.EndsWith(".yaml", StringComparison.Ordinal))
            {
                map[resource[(at + Marker.Length)..]] = resource;
            }
        }

        _resources = map;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Names => _resources.Keys.ToArray();

    /// <inheritdoc />
    public LexiconDocument<TEntry>? TryLoad<TEntry>(string name)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(name);
        return (LexiconDocument<TEntry>?)_cache.GetOrAdd((name, typeof(TEntry)), key =>
        {
            if (!_resources.TryGetValue(key.Name, out var resource))
            {
                return null;
            }

            using var stream = _assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            return LexiconLoader.Parse<TEntry>(reader.ReadToEnd(), key.Name);
        });
    }
}
