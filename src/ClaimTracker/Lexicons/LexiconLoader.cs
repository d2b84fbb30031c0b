using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimTracker.Lexicons;

/// <summary>Loads <see cref="LexiconDocument{TEntry}"/> files from YAML text or from embedded resources.</summary>
/// <remarks>Thread-safe. Unknown keys in a file are an error, so typos in lexicons are caught at load time.</remarks>
public static class LexiconLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Parses a lexicon from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="name">A name for the lexicon used in error messages (usually its file name).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LexiconFormatException">The YAML is malformed or does not fit <typeparamref name="TEntry"/>.</exception>
    public static LexiconDocument<TEntry> Parse<TEntry>(string yaml, string name)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            var doc = Deserializer.Deserialize<LexiconDocument<TEntry>?>(yaml) ?? new LexiconDocument<TEntry>();
            if (doc.Entries.Any(e => e is null))
            {
                throw new LexiconFormatException($"Lexicon '{name}' has an empty entry.");
            }

            return doc;
        }
        catch (YamlException ex)
        {
            throw new LexiconFormatException($"Lexicon '{name}' is not valid: {ex.Message} (line {ex.Start.Line}, column {ex.Start.Column}).", ex);
        }
    }

    /// <summary>
    /// Loads a lexicon embedded in <paramref name="assembly"/> whose manifest resource name ends with
    /// <paramref name="fileName"/> (for example <c>Lexicons.months.yaml</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LexiconFormatException">No such resource, more than one, or the file is not valid.</exception>
    public static LexiconDocument<TEntry> LoadEmbedded<TEntry>(Assembly assembly, string fileName)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(fileName);
        var suffix = "." + fileName.Replace('/', '.').Replace('\\', '.').TrimStart('.');
        var matches = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(suffix, StringComparison.Ordinal) || n == fileName)
            .ToArray();
        if (matches.Length != 1)
        {
            throw new LexiconFormatException(matches.Length == 0
                ? $"Assembly {assembly.GetName().Name} embeds no lexicon named '{fileName}'."
                : $"Assembly {assembly.GetName().Name} embeds several lexicons named '{fileName}': {string.Join(", ", matches)}.");
        }

        using var stream = assembly.GetManifestResourceStream(matches[0])!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse<TEntry>(reader.ReadToEnd(), fileName);
    }
}
