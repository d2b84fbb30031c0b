using System.Collections.Frozen;
using ClaimTracker.Text;

namespace ClaimTracker.Extraction;

/// <summary>A term found in a sentence: its first token, its token count, the entry and the lexicon file.</summary>
internal readonly record struct TermHit(int Start, int Count, ExtractionTerm Term, string File)
{
    public int End => Start + Count;

    public bool Is(string file, string type) =>
        string.Equals(File, file, StringComparison.Ordinal) && string.Equals(Term.Type, type, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A language pack's extraction lexicons compiled for matching: each form word becomes a key (normalized, lower case) and
/// a stem key, and each sentence token is expanded to the forms it may stand for by stripping the pack's listed affixes.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class ExtractionLexicon
{
    public const string Cues = "cues.yaml";
    public const string Stance = "stance.yaml";
    public const string Negation = "negation.yaml";
    public const string Events = "events.yaml";
    public const string Objects = "objects.yaml";
    public const string Sources = "sources.yaml";
    public const string Syntax = "syntax.yaml";
    public const string Affixes = "affixes.yaml";

    private static readonly string[] TermFiles = [Cues, Stance, Negation, Events, Objects, Sources, Syntax];

    private readonly ILanguagePack _pack;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;
    private readonly FrozenDictionary<string, (ExtractionTerm Term, string File, string[][] Keys)[]> _index;

    public ExtractionLexicon(ILanguagePack pack)
    {
        _pack = pack;
        var affixes = pack.Lexicons.TryLoad<ExtractionTerm>(Affixes)?.Entries ?? [];
        _prefixes = Forms(affixes, "prefix");
        _suffixes = Forms(affixes, "suffix");
        FuturePrefixes = Forms(affixes, "future-prefix");
        ConjunctionPrefixes = Forms(affixes, "conjunction");
        DefinitePrefixes = Forms(affixes, "definite");
        ToClitics = Forms(affixes, "to-clitic");
        FromClitics = Forms(affixes, "from-clitic");
        InClitics = Forms(affixes, "in-clitic");

        var index = new Dictionary<string, List<(ExtractionTerm, string, string[][])>>(StringComparer.Ordinal);
        foreach (var file in TermFiles)
        {
            foreach (var term in pack.Lexicons.TryLoad<ExtractionTerm>(file)?.Entries ?? [])
            {
                foreach (var form in term.Forms)
                {
                    var words = Words(form);
                    if (words.Length == 0)
                    {
                        continue;
                    }

                    var keys = words.Select(FormKeys).ToArray();
                    foreach (var first in keys[0])
                    {
                        if (!index.TryGetValue(first, out var list))
                        {
                            index[first] = list = new();
                        }

                        list.Add((term, file, keys));
                    }
                }
            }
        }

        _index = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        // Function words: the pack's stopword list (when it has one) and syntax.yaml's `function` entries.
        var function = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in pack.Lexicons.TryLoad<string>(StopwordsFile)?.Entries ?? [])
        {
            function.UnionWith(Words(word));
        }

        foreach (var term in pack.Lexicons.TryLoad<ExtractionTerm>(Syntax)?.Entries ?? [])
        {
            if (term.Type == "function")
            {
                foreach (var form in term.Forms)
                {
                    function.UnionWith(Words(form));
                }
            }
        }

        _functionWords = function.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The pack's optional stopword list (a list of strings).</summary>
    public const string StopwordsFile = "stopwords.yaml";

    private readonly FrozenSet<string> _functionWords;

    /// <summary>
    /// The key of a content word: its shortest variant of at least three letters (see <see cref="Variants"/>), or null
    /// for a function word (any of its variants is one), a word of fewer than three letters, or a key of fewer than two.
    /// </summary>
    public string? ContentKey(string token, HashSet<string> variants)
    {
        var lower = token.ToLowerInvariant();
        if (lower.Length < 3 || variants.Any(_functionWords.Contains) || _functionWords.Contains(lower))
        {
            return null;
        }

        // The shortest form the token may stand for (its stem, or itself without listed clitics and inflections), so that
        // one word with and without a preposition clitic or case ending has one key.
        var key = variants.Append(Stem(lower)).Where(v => v.Length >= 3)
            .OrderBy(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).FirstOrDefault() ?? Stem(lower);
        return key.Length < 2 ? null : key;
    }

    public string[] FuturePrefixes { get; }

    public string[] ConjunctionPrefixes { get; }

    /// <summary>Prefixes that mark a noun (the definite article); a cue verb never carries one.</summary>
    public string[] DefinitePrefixes { get; }

    public string[] ToClitics { get; }

    public string[] FromClitics { get; }

    public string[] InClitics { get; }

    /// <summary>The normalized, lower-case words of a lexicon form.</summary>
    public string[] Words(string form)
    {
        var norm = _pack.Normalizer.Normalize(form).Text;
        return _pack.Tokenizer.Tokenize(norm).Select(t => t.Text.ToLowerInvariant()).Where(t => t.Length > 0).ToArray();
    }

    /// <summary>The forms a normalized token may stand for: itself, its stem, and itself without listed affixes.</summary>
    public HashSet<string> Variants(string token)
    {
        var lower = token.ToLowerInvariant();
        var set = new HashSet<string>(StringComparer.Ordinal) { lower, Stem(lower) };
        var bases = new List<string> { lower };
        for (var depth = 0; depth < 3; depth++)
        {
            var next = new List<string>();
            foreach (var b in bases)
            {
                foreach (var p in _prefixes)
                {
                    if (b.Length - p.Length >= 2 && b.StartsWith(p, StringComparison.Ordinal))
                    {
                        next.Add(b[p.Length..]);
                    }
                }
            }

            if (next.Count == 0)
            {
                break;
            }

            bases.AddRange(next);
            bases = bases.Distinct(StringComparer.Ordinal).ToList();
        }

        foreach (var b in bases)
        {
            set.Add(b);
            foreach (var s in _suffixes)
            {
                if (b.Length - s.Length >= 2 && b.EndsWith(s, StringComparison.Ordinal))
                {
                    var cut = b[..^s.Length];
                    set.Add(cut);
                    foreach (var s2 in _suffixes)
                    {
                        if (cut.Length - s2.Length >= 2 && cut.EndsWith(s2, StringComparison.Ordinal))
                        {
                            set.Add(cut[..^s2.Length]);
                        }
                    }
                }
            }
        }

        return set;
    }

    /// <summary>All terms in the token sequence (variants and surfaces per token); at each token the longest form wins per (file, type), overlapping hits of other types are kept.</summary>
    public List<TermHit> Match(IReadOnlyList<HashSet<string>> variants, IReadOnlyList<string> surfaces)
    {
        var exact = surfaces.Select(t => new HashSet<string>(Unconjoined(t.ToLowerInvariant()), StringComparer.Ordinal)).ToList();
        var hits = new List<TermHit>();
        for (var i = 0; i < variants.Count; i++)
        {
            var best = new Dictionary<(string, string), TermHit>();
            foreach (var v in variants[i])
            {
                if (!_index.TryGetValue(v, out var candidates))
                {
                    continue;
                }

                foreach (var (term, file, keys) in candidates)
                {
                    if (i + keys.Length > variants.Count || !MatchesFrom(variants, exact, i, keys, IsParticle(file, term)))
                    {
                        continue;
                    }

                    var slot = (file, term.Type.ToLowerInvariant());
                    if (!best.TryGetValue(slot, out var prev) || keys.Length > prev.Count)
                    {
                        best[slot] = new TermHit(i, keys.Length, term, file);
                    }
                }
            }

            // Where a form matched as written, other hits of the same lexicon at this token that matched only by stem give way.
            var exactFiles = best.Values.Where(h => ExactlyAt(exact, i, h)).Select(h => h.File).ToHashSet(StringComparer.Ordinal);
            hits.AddRange(best.Values
                .Where(h => !exactFiles.Contains(h.File) || ExactlyAt(exact, i, h))
                .OrderBy(h => h.File, StringComparer.Ordinal).ThenBy(h => h.Term.Type, StringComparer.Ordinal));
        }

        return hits;
    }

    /// <summary>True when the normalized token starts (after a conjunction) with one of <paramref name="prefixes"/> and keeps at least two letters.</summary>
    public bool HasPrefix(string token, string[] prefixes, int minRest = 2)
    {
        var lower = token.ToLowerInvariant();
        foreach (var candidate in Unconjoined(lower))
        {
            foreach (var p in prefixes)
            {
                if (candidate.Length - p.Length >= minRest && candidate.StartsWith(p, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IEnumerable<string> Unconjoined(string token)
    {
        yield return token;
        foreach (var c in ConjunctionPrefixes)
        {
            if (token.Length - c.Length >= 2 && token.StartsWith(c, StringComparison.Ordinal))
            {
                yield return token[c.Length..];
            }
        }
    }

    private static bool MatchesFrom(IReadOnlyList<HashSet<string>> variants, List<HashSet<string>> exact, int start, string[][] keys, bool strict)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            var any = false;
            foreach (var key in keys[k])
            {
                // Particles (syntax words, negators) match only the token itself or the token without a conjunction.
                if (strict ? exact[start + k].Contains(key) : variants[start + k].Contains(key))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private bool ExactlyAt(List<HashSet<string>> exact, int start, TermHit hit) =>
        hit.Term.Forms.Any(f => Words(f) is { } w && w.Length == hit.Count && w.Select((x, k) => exact[start + k].Contains(x)).All(b => b));

    /// <summary>Function words match only as written (or after a conjunction): syntax words, negators and their exceptions.</summary>
    private static bool IsParticle(string file, ExtractionTerm term) =>
        file == Syntax || (file == Negation && term.Type is "negator" or "negator-exception");

    /// <summary>
    /// A form word's keys: itself, and its stem when the stem only drops an inflection (at most three final letters), so
    /// that "supplied" also matches "supplies" but "reportedly" does not match "reporters".
    /// </summary>
    private string[] FormKeys(string word)
    {
        var stem = Stem(word);
        return stem != word && word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 3 ? [word, stem] : [word];
    }

    private string Stem(string word) => _pack.Stemmer.Stem(word).ToLowerInvariant() is { Length: > 1 } s ? s : word;

    private string[] Forms(List<ExtractionTerm> entries, string type) =>
        entries.Where(e => string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Forms)
            .Select(f => _pack.Normalizer.Normalize(f).Text.ToLowerInvariant())
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToArray();
}
