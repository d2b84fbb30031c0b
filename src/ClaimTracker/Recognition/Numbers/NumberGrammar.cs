using System.Runtime.CompilerServices;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>A reading of one word: a lexicon entry reached after stripping zero or more clitic prefixes.</summary>
internal readonly record struct WordSense(NumberWordEntry Entry, bool ConjunctionPrefix, bool ArticlePrefix, bool PrepositionPrefix = false);

/// <summary>A currency sub-unit: the codes it divides and, for a dual form, how many it stands for.</summary>
internal sealed record SubUnit(IReadOnlyList<string> Codes, double? Count);

/// <summary>A multi-token phrase matched at a position.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int First, int Last, bool ConjunctionPrefix);

/// <summary>Phrases (sequences of token keys) looked up by their first key; longest match wins.</summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Keys, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string[] keys, T value)
    {
        if (keys.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(keys[0], out var list))
        {
            _byFirst[keys[0]] = list = new List<(string[], T)>();
        }

        list.Add((keys, value));
        list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>Longest phrase starting at token <paramref name="at"/>; the first word may carry clitic prefixes.</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<NumTok> tokens, int at, NumberGrammar grammar, bool allowPrefixes = true, Func<T, bool>? accept = null)
    {
        if (at < 0 || at >= tokens.Count)
        {
            return null;
        }

        var first = tokens[at];
        foreach (var (stem, conj) in allowPrefixes && first.Kind == NumTokKind.Word ? grammar.Stems(first.Key) : [(first.Key, false)])
        {
            if (!_byFirst.TryGetValue(stem, out var list))
            {
                continue;
            }

            foreach (var (keys, value) in list)
            {
                if (at + keys.Length > tokens.Count)
                {
                    continue;
                }

                var ok = true;
                for (var k = 1; k < keys.Length && ok; k++)
                {
                    ok = tokens[at + k].Key == keys[k];
                }

                if (ok && (accept is null || accept(value)))
                {
                    return new PhraseMatch<T>(value, at, at + keys.Length - 1, conj);
                }
            }
        }

        return null;
    }
}

/// <summary>
/// A language pack's number lexicons compiled for matching: number words, syntax words, bounds, units and counted
/// nouns. Built once per pack and cached; immutable and thread-safe after construction.
/// </summary>
internal sealed class NumberGrammar
{
    private static readonly ConditionalWeakTable<ILanguagePack, NumberGrammar> Cache = new();

    private readonly Dictionary<string, List<NumberWordEntry>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NumberWordEntry>> _caseSensitive = new(StringComparer.Ordinal);
    private readonly List<string> _conjPrefixes = new();
    private readonly List<string> _prepPrefixes = new();
    private readonly List<string> _articlePrefixes = new();

    private NumberGrammar(ILanguagePack pack)
    {
        Language = pack.Code;
        var lex = pack.Lexicons;
        var syntax = lex.TryLoad<NumberSyntaxEntry>("number-syntax.yaml")?.Entries ?? new List<NumberSyntaxEntry>();
        foreach (var e in syntax.Where(e => e.Role == "fold"))
        {
            foreach (var f in e.Forms)
            {
                foreach (var ch in f)
                {
                    Folds[ch] = e.To ?? "";
                }
            }
        }

        foreach (var e in syntax)
        {
            foreach (var form in e.Forms)
            {
                var keys = Keys(form);
                switch (e.Role)
                {
                    case "prefix-conjunction": _conjPrefixes.Add(string.Concat(keys)); break;
                    case "prefix-preposition": _prepPrefixes.Add(string.Concat(keys)); break;
                    case "prefix-article": _articlePrefixes.Add(string.Concat(keys)); break;
                    case "plural-suffix": PluralSuffixes.Add((form, e.To ?? "")); break;
                    case "fold": break;
                    default: Syntax.Add(keys, e); break;
                }

                if (keys.Length == 1 && e.Role is not ("fold" or "plural-suffix" or "prefix-conjunction" or "prefix-preposition" or "prefix-article"))
                {
                    if (!SyntaxWords.TryGetValue(keys[0], out var roles))
                    {
                        SyntaxWords[keys[0]] = roles = new HashSet<string>(StringComparer.Ordinal);
                    }

                    roles.Add(e.Role);
                }
            }
        }

        PluralSuffixes.Sort((a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
        foreach (var e in lex.TryLoad<NumberWordEntry>("numbers.yaml")?.Entries ?? new List<NumberWordEntry>())
        {
            foreach (var form in e.Forms)
            {
                if (e.CaseSensitive)
                {
                    Add(_caseSensitive, form, e);
                    continue;
                }

                var keys = Keys(form);
                if (keys.Length == 1)
                {
                    Add(_words, keys[0], e);
                }
            }
        }

        foreach (var e in lex.TryLoad<BoundEntry>("bounds.yaml")?.Entries ?? new List<BoundEntry>())
        {
            foreach (var form in e.Forms)
            {
                Bounds.Add(Keys(form), e);
            }
        }

        foreach (var e in lex.TryLoad<UnitEntry>("units.yaml")?.Entries ?? new List<UnitEntry>())
        {
            foreach (var form in e.Forms)
            {
                Units.Add(Keys(form), e);
            }

            if (e.Near.Count > 0)
            {
                NearKeys[e] = e.Near.Select(w => string.Concat(Keys(w))).ToHashSet(StringComparer.Ordinal);
            }
        }

        foreach (var e in lex.TryLoad<CurrencyEntry>("currencies.yaml")?.Entries ?? new List<CurrencyEntry>())
        {
            AddCurrency(e);
        }

        foreach (var e in lex.TryLoad<CountedNounEntry>("counted-nouns.yaml")?.Entries ?? new List<CountedNounEntry>())
        {
            var canonical = string.Concat(Keys(e.Canonical));
            CountedNouns[canonical] = (canonical, null);
            CountedNounDisplay[canonical] = e.Canonical;
            foreach (var f in e.Forms)
            {
                CountedNouns[string.Concat(Keys(f))] = (canonical, null);
            }

            foreach (var f in e.DualForms)
            {
                CountedNouns[string.Concat(Keys(f))] = (canonical, 2);
            }

            if (e.Person)
            {
                PersonNouns.Add(canonical);
            }
        }
    }

    private void AddCurrency(CurrencyEntry e)
    {
        if (e.SubunitOf.Count > 0)
        {
            var codes = e.SubunitOf.Select(c => c.Trim().ToUpperInvariant()).ToArray();
            foreach (var form in e.Forms)
            {
                SubUnits.Add(Keys(form), new SubUnit(codes, null));
            }

            foreach (var form in e.Duals)
            {
                SubUnits.Add(Keys(form), new SubUnit(codes, 2));
            }

            return;
        }

        string id;
        try
        {
            id = e.Code is { Length: > 0 } code ? Model.Unit.Currency(code).Id
                : e.Family is { Length: > 0 } family ? Model.Unit.CurrencyAnyOf(family, e.Codes).Id
                : throw new ArgumentException("A currency entry needs a code, a family with codes, or subunitOf.");
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"currencies.yaml of pack '{Language}': {ex.Message}", ex);
        }

        foreach (var form in e.Forms)
        {
            Units.Add(Keys(form), new UnitEntry { Unit = id, Forms = [form] });
        }

        foreach (var form in e.Duals)
        {
            Units.Add(Keys(form), new UnitEntry { Unit = id, Forms = [form], Count = 2 });
        }

        foreach (var form in e.Symbols)
        {
            Units.Add(Keys(form), new UnitEntry { Unit = id, Forms = [form], Prefix = true });
        }

        foreach (var form in e.Abbreviations)
        {
            Abbreviations.TryAdd(form.Trim(), new UnitEntry { Unit = id, Forms = [form], Prefix = true });
        }
    }

    public string Language { get; }

    public Dictionary<char, string> Folds { get; } = new();

    public PhraseTable<NumberSyntaxEntry> Syntax { get; } = new();

    public Dictionary<string, HashSet<string>> SyntaxWords { get; } = new(StringComparer.Ordinal);

    public PhraseTable<BoundEntry> Bounds { get; } = new();

    public PhraseTable<UnitEntry> Units { get; } = new();

    public Dictionary<string, (string Canonical, double? Count)> CountedNouns { get; } = new(StringComparer.Ordinal);

    public List<(string Suffix, string To)> PluralSuffixes { get; } = new();

    public Dictionary<string, string> CountedNounDisplay { get; } = new(StringComparer.Ordinal);

    /// <summary>Canonical keys of counted nouns that name people.</summary>
    public HashSet<string> PersonNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Currency abbreviations by their exact written form (<c>KWD</c>, <c>SR</c>).</summary>
    public Dictionary<string, UnitEntry> Abbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>Currency sub-units (cent, qirsh, fils) and the codes each divides.</summary>
    public PhraseTable<SubUnit> SubUnits { get; } = new();

    /// <summary>Context words (keys) of the unit entries that need one (see <see cref="UnitEntry.Near"/>).</summary>
    public Dictionary<UnitEntry, HashSet<string>> NearKeys { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The longest bound phrase at <paramref name="at"/> that <paramref name="accept"/> accepts.</summary>
    public PhraseMatch<BoundEntry>? BoundsFiltered(IReadOnlyList<NumTok> tokens, int at, Func<BoundEntry, bool> accept) =>
        Bounds.Match(tokens, at, this, accept: accept);

    public static NumberGrammar For(ILanguagePack pack) => Cache.GetValue(pack, p => new NumberGrammar(p));

    public List<NumTok> Tokenize(string text) => NumericTokenizer.Tokenize(text, Folds);

    /// <summary>The matching keys of a lexicon form, tokenized like text.</summary>
    public string[] Keys(string form) => NumericTokenizer.Tokenize(form, Folds).Select(t => t.Key).ToArray();

    /// <summary>The key itself and the stems left after stripping clitic prefixes (conjunction, preposition, article), shortest strip first.</summary>
    public IReadOnlyList<(string Stem, bool Conjunction)> Stems(string key)
    {
        if (_stemCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var list = new List<(string, bool)> { (key, false) };
        foreach (var (stem, conj, _, _) in Strips(key))
        {
            list.Add((stem, conj));
        }

        var result = list.ToArray();
        if (_stemCache.Count < 100_000)
        {
            _stemCache.TryAdd(key, result);
        }

        return result;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Stem, bool Conjunction)[]> _stemCache = new(StringComparer.Ordinal);

    private IEnumerable<(string Stem, bool Conjunction, bool Article, bool Preposition)> Strips(string key)
    {
        foreach (var c in _conjPrefixes.Prepend(""))
        {
            if (!key.StartsWith(c, StringComparison.Ordinal))
            {
                continue;
            }

            var k1 = key[c.Length..];
            foreach (var p in _prepPrefixes.Prepend(""))
            {
                if (!k1.StartsWith(p, StringComparison.Ordinal))
                {
                    continue;
                }

                var k2 = k1[p.Length..];
                foreach (var a in _articlePrefixes.Prepend(""))
                {
                    if (c.Length + p.Length + a.Length == 0 || !k2.StartsWith(a, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var k3 = k2[a.Length..];
                    if (k3.Length >= 2)
                    {
                        yield return (k3, c.Length > 0, a.Length > 0, p.Length > 0);
                    }
                }
            }
        }
    }

    private static readonly List<WordSense> NoSenses = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<WordSense>> _senseCache = new(StringComparer.Ordinal);

    /// <summary>The number-word readings of a word token (cached per key; treat the list as read-only).</summary>
    public List<WordSense> Senses(NumTok tok)
    {
        if (tok.Kind != NumTokKind.Word)
        {
            return NoSenses;
        }

        if (_caseSensitive.TryGetValue(tok.Raw, out var cs))
        {
            var result = cs.Select(e => new WordSense(e, false, false)).ToList();
            result.AddRange(KeySenses(tok.Key));
            return result;
        }

        if (_senseCache.TryGetValue(tok.Key, out var cached))
        {
            return cached;
        }

        var senses = KeySenses(tok.Key);
        if (_senseCache.Count < 100_000)
        {
            _senseCache.TryAdd(tok.Key, senses);
        }

        return senses;
    }

    private List<WordSense> KeySenses(string key)
    {
        var result = new List<WordSense>();
        if (_words.TryGetValue(key, out var direct))
        {
            result.AddRange(direct.Select(e => new WordSense(e, false, false)));
            return result.Count == 0 ? NoSenses : result;
        }

        foreach (var (stem, conj, art, prep) in Strips(key))
        {
            if (_words.TryGetValue(stem, out var list))
            {
                result.AddRange(list.Select(e => new WordSense(e, conj, art, prep)));
                return result;
            }
        }

        return NoSenses;
    }

    /// <summary>The role of a syntax word (single token), reached directly or after stripping prefixes.</summary>
    public bool IsSyntaxWord(NumTok tok) => SyntaxWords.ContainsKey(tok.Key);

    /// <summary>True when the single-token syntax word has <paramref name="role"/>.</summary>
    public bool HasRole(NumTok tok, string role) => SyntaxWords.TryGetValue(tok.Key, out var r) && r.Contains(role);

    /// <summary>True when the word (maybe after prefixes) has the article prefix.</summary>
    /// <remarks>
    /// A one-letter article form (Arabic l of "ll-", the article after the preposition l) counts only after a
    /// preposition clitic: "lAj}" (a refugee) starts with l but is indefinite; "llAj}yn" is definite.
    /// </remarks>
    public bool HasArticle(string key)
    {
        foreach (var p in _prepPrefixes.Prepend(""))
        {
            if (!key.StartsWith(p, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var a in _articlePrefixes)
            {
                if ((a.Length >= 2 || p.Length > 0) && key.Length - p.Length - a.Length >= 2
                    && key.AsSpan(p.Length).StartsWith(a, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word starts with any article form, the one-letter one included, without a conjunction before it:
    /// the cautious test for a word the lexicons do not list ("lt>sysh" after a number is "for its founding", the
    /// preposition l, not a counted noun).
    /// </summary>
    public bool StartsWithArticleForm(string key) => Strips(key).Any(s => s.Article && !s.Conjunction);

    /// <summary>The key without a leading article (with or without a clitic before it), or the key itself.</summary>
    public string StripArticle(string key)
    {
        foreach (var (stem, _, article, _) in Strips(key))
        {
            if (article && stem.Length >= 2)
            {
                return stem;
            }
        }

        return key;
    }

    private static void Add(Dictionary<string, List<NumberWordEntry>> map, string key, NumberWordEntry e)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<NumberWordEntry>();
        }

        list.Add(e);
    }
}
