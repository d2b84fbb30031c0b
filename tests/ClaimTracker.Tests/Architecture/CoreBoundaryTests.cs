using ClaimTracker.Text;
using YamlDotNet.RepresentationModel;

namespace ClaimTracker.Tests.Architecture;

/// <summary>
/// Keeps the core language-neutral and deterministic: no Arabic letters and no English lexicon words in
/// <c>src/ClaimTracker</c>, no reference from the core to a language pack, no machine clock anywhere in <c>src</c>.
/// </summary>
public class CoreBoundaryTests
{
    /// <summary>
    /// Values of these entry keys are schema enumerations (<c>kind: title</c>), not words of the language, and
    /// may legitimately share a name with a core identifier string.
    /// </summary>
    // Keys whose values name a schema class (a bound type, a number class, a unit id), not a word of the language.
    private static readonly HashSet<string> SchemaKeys = new(StringComparer.OrdinalIgnoreCase) { "kind", "type", "category", "class", "role", "unit", "dimension", "id", "position", "bound", "calendar", "text" };

    /// <summary>Values seen under <see cref="SchemaKeys"/> (number classes, bound types…): the lexicon schema's identifiers.</summary>
    /// <remarks>Seeded with schema values that the entry types document but no shipped lexicon uses yet.</remarks>
    private static readonly HashSet<string> SchemaValues = new(StringComparer.OrdinalIgnoreCase) { "both" };

    /// <summary>YAML scalars that are data types rather than words.</summary>
    private static readonly HashSet<string> NotWords = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "null" };

    private static readonly (int First, int Last)[] ArabicRanges =
    [
        (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
    ];

    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ClaimTracker.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static IEnumerable<string> SourceFiles(string relativeDir) =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, relativeDir), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepoRoot, path);

    [Fact]
    public void CoreSources_ContainNoArabicCharacter()
    {
        var files = SourceFiles("src/ClaimTracker").ToArray();
        files.Should().NotBeEmpty();
        var offenders = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var n = 0; n < lines.Length; n++)
            {
                var hit = lines[n].FirstOrDefault(IsArabic);
                if (hit != '\0')
                {
                    offenders.Add($"{Relative(file)}:{n + 1}: U+{(int)hit:X4}");
                }
            }
        }

        offenders.Should().BeEmpty("Arabic text belongs in src/ClaimTracker.Languages.Arabic/Lexicons/*.yaml, not in the core");
    }

    [Theory]
    [InlineData('\u0628', true)]
    [InlineData('\u0750', true)]
    [InlineData('\u08A0', true)]
    [InlineData('\uFB50', true)]
    [InlineData('\uFEFC', true)]
    [InlineData('a', false)]
    [InlineData('\u0700', false)]
    public void IsArabic_CoversTheListedBlocks(char c, bool expected) => IsArabic(c).Should().Be(expected);

    /// <summary>
    /// The core's own identifier vocabulary, which may coincide with English words without being a word list: the ids,
    /// symbols and id aliases that <see cref="ClaimTracker.Model.Unit.TryFromId"/> accepts, the names of public types
    /// (which schema.org and JSON type tags repeat: <c>"Claim"</c>), the names of public enum members, and the names of
    /// public properties (which become JSON property names and format keys).
    /// </summary>
    private static readonly Lazy<HashSet<string>> CoreIdentifiers = new(() =>
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var core = typeof(ILanguagePack).Assembly;
        foreach (var type in core.GetExportedTypes())
        {
            set.Add(type.Name);
            if (type.IsEnum)
            {
                set.UnionWith(Enum.GetNames(type));
            }

            set.UnionWith(type.GetProperties().Select(p => p.Name));
            if (type == typeof(ClaimTracker.Model.Unit))
            {
                foreach (var unit in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                    .Where(p => p.PropertyType == type).Select(p => (ClaimTracker.Model.Unit)p.GetValue(null)!))
                {
                    set.Add(unit.Id);
                }
            }
        }

        return set;
    });

    [Fact]
    public void CoreIdentifiers_AcceptUnitIdsButNotArbitraryWords()
    {
        CoreIdentifiers.Value.Should().Contain("year").And.Contain("kilometre").And.NotContain("however");
    }

    [Fact]
    public void CoreStringLiterals_ContainNoEnglishLexiconWord()
    {
        var words = EnglishLexiconWords();
        words.Should().Contain("however", "the English pack's sentence-starters.yaml is read from disk");
        var offenders = new List<string>();
        foreach (var file in SourceFiles("src/ClaimTracker"))
        {
            var (_, strings) = CSharpSourceScanner.Scan(File.ReadAllText(file));
            offenders.AddRange(strings
                .Where(s => words.Contains(s.Trim()) && !CoreIdentifiers.Value.Contains(s.Trim()) && !SchemaValues.Contains(s.Trim())
                    && !ClaimTracker.Model.Unit.TryFromId(s.Trim(), out _))
                .Select(s => $"{Relative(file)}: \"{s}\""));
        }

        offenders.Should().BeEmpty("English words belong in src/ClaimTracker.Languages.English/Lexicons/*.yaml, not in the core");
    }

    [Fact]
    public void LexiconWords_ExtractsEntryValuesNotKeysOrHeaders()
    {
        const string yaml = """
            language: en
            source: { name: "Somebody Famous", license: "MIT" }
            description: "Descriptive header text"
            entries:
              - { form: "Sept.", kind: general, value: 9, forms: [September, "the month"] }
              - { form: "Mr.", flag: true }
            """;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddEntryWords(yaml, words);
        words.Should().BeEquivalentTo(["sept", "september", "month"]);
    }

    [Fact]
    public void CoreAssembly_ReferencesNoLanguagePack()
    {
        var references = typeof(ILanguagePack).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        references.Should().NotContain(name => name.StartsWith("ClaimTracker.Languages", StringComparison.Ordinal));
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(RepoRoot, "src/ClaimTracker/ClaimTracker.csproj"));
        project.Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "Reference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Should().NotContain(include => include.Contains("ClaimTracker.Languages", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreTests_ReferenceNoLanguagePack() =>
        typeof(CoreBoundaryTests).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")
            .Should().NotContain(name => name.StartsWith("ClaimTracker.Languages", StringComparison.Ordinal),
                "the third-language test proves a pack needs nothing but the core's public API");

    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("DateTimeOffset.UtcNow")]
    public void Sources_NeverReadTheMachineClock(string member)
    {
        var files = SourceFiles("src").ToArray();
        files.Should().NotBeEmpty();
        var offenders = files
            .Where(f => CSharpSourceScanner.Uses(CSharpSourceScanner.Scan(File.ReadAllText(f)).Code, member))
            .Select(Relative)
            .ToArray();
        offenders.Should().BeEmpty($"{member} makes results depend on when they run; take the time from the article or an injected clock");
    }

    private static bool IsArabic(char c) => ArabicRanges.Any(r => c >= r.First && c <= r.Last);

    /// <summary>
    /// Every run of four or more letters in the entry values of the English pack's YAML lexicons, lower-cased.
    /// The test project does not reference the pack, so the files are read from disk.
    /// </summary>
    private static HashSet<string> EnglishLexiconWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var dir = Path.Combine(RepoRoot, "src/ClaimTracker.Languages.English/Lexicons");
        foreach (var file in Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories))
        {
            AddEntryWords(File.ReadAllText(file), words);
        }

        // Other packs' lexicons contribute only their schema values (a bound position, a number class).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot, "src"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => f.Contains("ClaimTracker.Languages.", StringComparison.Ordinal) && !f.StartsWith(dir, StringComparison.Ordinal)))
        {
            AddEntryWords(File.ReadAllText(file), new HashSet<string>());
        }

        return words;
    }

    private static void AddEntryWords(string yaml, HashSet<string> words)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("entries"), out var entries))
            {
                AddValues(entries, words);
            }
        }
    }

    private static void AddValues(YamlNode node, HashSet<string> words)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value }:
                foreach (var word in LetterRuns(value).Where(w => w.Length >= 4 && !NotWords.Contains(w)))
                {
                    words.Add(word.ToLowerInvariant());
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence)
                {
                    AddValues(child, words);
                }

                break;
            case YamlMappingNode mapping when mapping.Children.TryGetValue(new YamlScalarNode("kind"), out var kind)
                                              && kind is YamlScalarNode { Value: "setting" }:
                // A setting entry (kind: setting) holds option names and values, all schema identifiers.
                foreach (var value in mapping.Children.Values.OfType<YamlSequenceNode>().SelectMany(n => n).Concat(mapping.Children.Values))
                {
                    if (value is YamlScalarNode { Value: { } v })
                    {
                        SchemaValues.Add(v.Trim());
                    }
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } k } || !SchemaKeys.Contains(k))
                    {
                        AddValues(value, words);
                    }
                    else if (value is YamlScalarNode { Value: { } schemaValue })
                    {
                        SchemaValues.Add(schemaValue.Trim());
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> LetterRuns(string s)
    {
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var letter = i < s.Length && char.IsLetter(s[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return s[start..i];
                start = -1;
            }
        }
    }
}
