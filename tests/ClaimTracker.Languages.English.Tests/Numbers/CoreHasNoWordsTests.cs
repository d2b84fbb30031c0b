using System.Text;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Languages.English.Tests.Numbers;

/// <summary>The language-neutral number engines hold no Arabic or English words: all words come from pack lexicons.</summary>
public class CoreHasNoWordsTests
{
    // Lexicon schema values (classes, roles, bound types, positions) are file-format keywords, not language data.
    private static readonly HashSet<string> Schema = new(StringComparer.Ordinal)
    {
        "zero", "unit", "teen", "teen-suffix", "teen-unit", "ten", "hundred", "scale", "dozen", "fraction", "ordinal",
        "conjunction", "joiner", "negative", "point", "article-one", "fraction-connector", "fraction-of-one", "percent",
        "prefix-conjunction", "prefix-preposition", "prefix-article", "fold", "determiner", "ordinal-suffix", "of",
        "partitive", "function-word", "plural-suffix", "units-before-tens", "article", "not-a-number", "below-zero",
        "gt", "ge", "lt", "le", "eq", "approx", "or-equal", "range-start", "range-middle", "range-separator", "join",
        "before", "after", "both", "range",
    };

    private static IEnumerable<string> CoreFiles()
    {
        var root = Path.Combine(NumbersTestPack.RepoRoot(), "src", "ClaimTracker", "Recognition");
        return new[] { "Numbers", "Quantities" }.SelectMany(d => Directory.GetFiles(Path.Combine(root, d), "*.cs"));
    }

    /// <summary>String and character literals of a C# file, comments removed.</summary>
    private static List<string> Literals(string code)
    {
        var result = new List<string>();
        var i = 0;
        while (i < code.Length)
        {
            if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '/')
            {
                while (i < code.Length && code[i] != '\n')
                {
                    i++;
                }
            }
            else if (code[i] is '"' or '\'')
            {
                var quote = code[i++];
                var sb = new StringBuilder();
                while (i < code.Length && code[i] != quote)
                {
                    if (code[i] == '\\' && i + 1 < code.Length)
                    {
                        sb.Append(code[i + 1]);
                        i += 2;
                        continue;
                    }

                    sb.Append(code[i++]);
                }

                i++;
                result.Add(sb.ToString());
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    [Fact]
    public void CoreNumberEngines_HaveNoArabicLetters()
    {
        foreach (var file in CoreFiles())
        {
            foreach (var literal in Literals(File.ReadAllText(file)))
            {
                literal.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF')
                    .Should().BeFalse($"{Path.GetFileName(file)} literal \"{literal}\" must not hold Arabic letters");
            }
        }
    }

    [Fact]
    public void CoreNumberEngines_HaveNoEnglishLexiconWords()
    {
        var pack = NumbersTestPack.Instance.Lexicons;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in pack.TryLoad<NumberWordEntry>("numbers.yaml")!.Entries.SelectMany(e => e.Forms))
        {
            words.Add(f);
        }

        foreach (var f in pack.TryLoad<NumberSyntaxEntry>("number-syntax.yaml")!.Entries.SelectMany(e => e.Forms))
        {
            words.Add(f);
        }

        foreach (var f in pack.TryLoad<BoundEntry>("bounds.yaml")!.Entries.SelectMany(e => e.Forms))
        {
            words.Add(f);
        }

        foreach (var f in pack.TryLoad<UnitEntry>("units.yaml")!.Entries.SelectMany(e => e.Forms))
        {
            words.Add(f);
        }

        words.RemoveWhere(w => w.Length < 2 || !w.Any(char.IsLetter));
        words.Should().Contain("hundred", "the check must see the lexicon");
        foreach (var file in CoreFiles())
        {
            foreach (var literal in Literals(File.ReadAllText(file)))
            {
                // Schema keywords and developer messages (sentences in exceptions) are not lexicon data.
                if (Schema.Contains(literal) || literal.EndsWith('.') || literal.Split(' ').Length >= 4)
                {
                    continue;
                }

                foreach (var token in literal.Split(' ', ',', '.', ':', '(', ')', '"', '-', '/'))
                {
                    words.Should().NotContain(token, $"{Path.GetFileName(file)} literal \"{literal}\" holds a language word");
                }
            }
        }
    }
}
