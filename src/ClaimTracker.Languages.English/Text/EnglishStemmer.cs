using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Text;

/// <summary>
/// The Porter2 ("Snowball English") stemmer by Martin Porter, written from the published description of the
/// algorithm: <see href="https://snowballstem.org/algorithms/english/stemmer.html"/> (the "English (Porter2)
/// stemming algorithm", Snowball 2.x edition, BSD licence). Output matches the published sample vocabulary
/// (<c>snowball-data/english/voc.txt</c> and <c>output.txt</c>) for the words the tests check.
/// </summary>
/// <remarks>
/// <para>Steps, as published:</para>
/// <list type="number">
/// <item>Exceptional forms first: <c>skis→ski, skies→sky, dying→die, lying→lie, tying→tie, idly→idl,
/// gently→gentl, ugly→ugli, early→earli, only→onli, singly→singl</c>; <c>sky, news, howe, atlas, cosmos, bias,
/// andes</c> are left alone. Words of one or two letters are left alone.</item>
/// <item>Prelude: drop a leading apostrophe; mark a <c>y</c> at the start or after a vowel as a consonant.</item>
/// <item>Regions R1 and R2 (after the first non-vowel that follows a vowel), with the special R1 of words
/// starting <c>gener</c>, <c>commun</c>, <c>arsen</c>.</item>
/// <item>Step 0 (possessive <c>'s'</c>, <c>'s</c>, <c>'</c>), step 1a (plurals; then the invariant forms
/// <c>inning, outing, canning, herring, earring, proceed, exceed, succeed</c>), step 1b (<c>-eed, -ed, -ing</c>
/// and their <c>-ly</c> forms), step 1c (<c>y→i</c>), steps 2–4 (derivational suffixes in R1/R2), step 5
/// (final <c>e</c> and <c>ll</c>), postlude.</item>
/// </list>
/// <para>The stemmer expects lower-case input (the <see cref="EnglishNormalizer"/> output). Characters other
/// than <c>a–z</c> and the apostrophe are treated as non-vowels, so any string is accepted and none throws.
/// Stateless and thread-safe.</para>
/// </remarks>
public sealed class EnglishStemmer : IStemmer
{
    private static readonly Dictionary<string, string> Exception1 = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> Exception2 = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly string[] R1Prefixes = ["gener", "commun", "arsen"];

    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    // Step 2 and 3 suffixes with their replacements; the longest match wins, then its condition is checked.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ];

    /// <summary>A shared instance.</summary>
    public static EnglishStemmer Instance { get; } = new();

    /// <inheritdoc />
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Exception1.TryGetValue(word, out var exceptional))
        {
            return exceptional;
        }

        if (word.Length <= 2)
        {
            return word;
        }

        var w = new Word(word);
        w.Prelude();
        w.MarkRegions();
        w.Step0();
        w.Step1a();
        if (w.IsException2())
        {
            return w.ToStringWithPostlude();
        }

        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToStringWithPostlude();
    }

    /// <summary>A small growable character buffer (the word being stemmed).</summary>
    private sealed class Buffer
    {
        private char[] _chars;

        public Buffer(string word)
        {
            _chars = new char[word.Length + 2];
            word.CopyTo(0, _chars, 0, word.Length);
            Length = word.Length;
        }

        public int Length { get; set; }

        public char this[int i]
        {
            get => _chars[i];
            set => _chars[i] = value;
        }

        public void Append(char c)
        {
            if (Length == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }

            _chars[Length++] = c;
        }

        public void Append(string s)
        {
            foreach (var c in s)
            {
                Append(c);
            }
        }

        public void RemoveFirst()
        {
            Array.Copy(_chars, 1, _chars, 0, Length - 1);
            Length--;
        }

        public bool StartsWith(string prefix) =>
            prefix.Length <= Length && _chars.AsSpan(0, prefix.Length).SequenceEqual(prefix);

        public override string ToString() => new(_chars, 0, Length);
    }

    /// <summary>The mutable working form of one word; 'Y' marks a consonant y.</summary>
    private sealed class Word
    {
        private readonly Buffer _b;
        private int _r1;
        private int _r2;

        public Word(string word) => _b = new Buffer(word);

        public override string ToString() => _b.ToString();

        public string ToStringWithPostlude()
        {
            for (var i = 0; i < _b.Length; i++)
            {
                if (_b[i] == 'Y')
                {
                    _b[i] = 'y';
                }
            }

            return _b.ToString();
        }

        /// <summary>True when the word is one of the step-1a invariants (checked without allocating for most words).</summary>
        public bool IsException2() => _b.Length is 6 or 7 && Exception2.Contains(_b.ToString());

        public void Prelude()
        {
            if (_b.Length > 0 && _b[0] == '\'')
            {
                _b.RemoveFirst();
            }

            for (var i = 0; i < _b.Length; i++)
            {
                if (_b[i] == 'y' && (i == 0 || IsVowel(_b[i - 1])))
                {
                    _b[i] = 'Y';
                }
            }
        }

        public void MarkRegions()
        {
            _r1 = -1;
            foreach (var prefix in R1Prefixes)
            {
                if (_b.StartsWith(prefix))
                {
                    _r1 = prefix.Length;
                    break;
                }
            }

            if (_r1 < 0)
            {
                _r1 = RegionAfter(0);
            }

            _r2 = RegionAfter(_r1);
        }

        private int RegionAfter(int from)
        {
            for (var i = from + 1; i < _b.Length; i++)
            {
                if (!IsVowel(_b[i]) && IsVowel(_b[i - 1]))
                {
                    return i + 1;
                }
            }

            return _b.Length;
        }

        public void Step0()
        {
            if (EndsWith("'s'"))
            {
                Truncate(3);
            }
            else if (EndsWith("'s"))
            {
                Truncate(2);
            }
            else if (EndsWith("'"))
            {
                Truncate(1);
            }
        }

        public void Step1a()
        {
            if (EndsWith("sses"))
            {
                Truncate(2);
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                // "i" when preceded by more than one letter, otherwise "ie".
                Truncate(_b.Length > 4 ? 2 : 1);
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // Left alone.
            }
            else if (EndsWith("s"))
            {
                // Delete when the part before the s has a vowel that is not immediately before it.
                for (var i = 0; i < _b.Length - 2; i++)
                {
                    if (IsVowel(_b[i]))
                    {
                        Truncate(1);
                        break;
                    }
                }
            }
        }

        public void Step1b()
        {
            string? found = null;
            foreach (var suffix in Step1bSuffixes)
            {
                if (EndsWith(suffix))
                {
                    found = suffix;
                    break;
                }
            }

            if (found is null)
            {
                return;
            }

            if (found is "eed" or "eedly")
            {
                if (InR1(found.Length))
                {
                    Truncate(found.Length - 2);
                }

                return;
            }

            var stemEnd = _b.Length - found.Length;
            var hasVowel = false;
            for (var i = 0; i < stemEnd; i++)
            {
                if (IsVowel(_b[i]))
                {
                    hasVowel = true;
                    break;
                }
            }

            if (!hasVowel)
            {
                return;
            }

            Truncate(found.Length);
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                _b.Append('e');
            }
            else if (EndsWithDouble())
            {
                Truncate(1);
            }
            else if (IsShortWord())
            {
                _b.Append('e');
            }
        }

        public void Step1c()
        {
            var n = _b.Length;
            if (n > 2 && (_b[n - 1] == 'y' || _b[n - 1] == 'Y') && !IsVowel(_b[n - 2]))
            {
                _b[n - 1] = 'i';
            }
        }

        public void Step2()
        {
            foreach (var (suffix, replacement) in Step2Rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                if (!InR1(suffix.Length))
                {
                    return;
                }

                var before = _b.Length - suffix.Length - 1;
                if (suffix == "ogi" && (before < 0 || _b[before] != 'l'))
                {
                    return;
                }

                if (suffix == "li" && (before < 0 || !IsValidLiEnding(_b[before])))
                {
                    return;
                }

                Replace(suffix.Length, replacement);
                return;
            }
        }

        public void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                if (!InR1(suffix.Length) || (suffix == "ative" && !InR2(suffix.Length)))
                {
                    return;
                }

                Replace(suffix.Length, replacement);
                return;
            }
        }

        public void Step4()
        {
            foreach (var suffix in Step4Suffixes)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                if (!InR2(suffix.Length))
                {
                    return;
                }

                if (suffix == "ion")
                {
                    var before = _b.Length - 4;
                    if (before < 0 || (_b[before] != 's' && _b[before] != 't'))
                    {
                        return;
                    }
                }

                Truncate(suffix.Length);
                return;
            }
        }

        public void Step5()
        {
            var n = _b.Length;
            if (n == 0)
            {
                return;
            }

            if (_b[n - 1] == 'e')
            {
                if (InR2(1) || (InR1(1) && !EndsWithShortSyllable(n - 1)))
                {
                    Truncate(1);
                }
            }
            else if (_b[n - 1] == 'l' && InR2(1) && n >= 2 && _b[n - 2] == 'l')
            {
                Truncate(1);
            }
        }

        private bool EndsWith(string suffix)
        {
            if (suffix.Length > _b.Length)
            {
                return false;
            }

            var offset = _b.Length - suffix.Length;
            for (var i = 0; i < suffix.Length; i++)
            {
                if (_b[offset + i] != suffix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private bool InR1(int suffixLength) => _b.Length - suffixLength >= _r1;

        private bool InR2(int suffixLength) => _b.Length - suffixLength >= _r2;

        private void Truncate(int count)
        {
            // R1 and R2 are fixed positions: a region past the end of the word is simply empty.
            _b.Length -= count;
        }

        private void Replace(int count, string replacement)
        {
            Truncate(count);
            _b.Append(replacement);
        }

        private bool EndsWithDouble()
        {
            var n = _b.Length;
            return n >= 2 && _b[n - 1] == _b[n - 2] && _b[n - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';
        }

        private bool IsShortWord() => _r1 >= _b.Length && EndsWithShortSyllable(_b.Length);

        /// <summary>True when the word's first <paramref name="end"/> letters end in a short syllable.</summary>
        private bool EndsWithShortSyllable(int end)
        {
            if (end == 2)
            {
                return IsVowel(_b[0]) && !IsVowel(_b[1]);
            }

            if (end >= 3)
            {
                var c = _b[end - 1];
                return !IsVowel(_b[end - 3]) && IsVowel(_b[end - 2]) && !IsVowel(c) && c != 'w' && c != 'x' && c != 'Y';
            }

            return false;
        }

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';
    }
}
