using System.Globalization;
using System.Text;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>The roles a date word can play; the YAML <c>kind</c> names are these in camelCase.</summary>
internal enum DateWordKind
{
    Month, Weekday, Holiday, RelativeDay, Unit, Past, Next, This, Ago, After, Later, Since, Until,
    For, Throughout, Within, YearMarker, MonthMarker, DayMarker, DayPart, Decade, Century, Ordinal, Number,
    Between, From, To, And, Of, Filler, Few, Now, Every, Recurrence, Begin, End, Mid, OrdinalSuffix,
    DecadeSuffix, Before, Whole, Season, QuarterName, Weekend, Fold, Prefix, Setting, Hour, AmPm, Half, Quarter,
    OrLater, OrEarlier, EarlyIn, LateIn, Rest, Definite, WeekOf, MoreThan, LessThan, ToDate, HalfName, WorkWeek, BusinessDay, HijriEra, Quantifier,
}

/// <summary>A lexicon entry with its parsed role.</summary>
internal sealed record DateWord(DateWordKind Kind, DateWordEntry Entry, string Source)
{
    public int Value => Entry.Value ?? 0;
}

/// <summary>One token of the text: a word, a run of digits, or one other character.</summary>
internal enum TokKind { Word, Number, Punct }

internal sealed class Tok
{
    public int Start;
    public int End;
    public TokKind Kind;
    public string Key = "";
    public long Num;
    public int Digits;
    public bool SpaceBefore;
    public bool Newline;
    public List<(DateWord Word, int Length, bool ViaPrefix)> Matches = new();
}

/// <summary>
/// A language pack's date words, indexed for matching: folds, clitic prefixes, phrase lookup. Built once per pack.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly string[] Files = { "dates.yaml", "months.yaml", "weekdays.yaml", "holidays.yaml" };
    private readonly Dictionary<string, string> _folds = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = new();
    private readonly Dictionary<string, List<(string[] Tail, DateWord Word)>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    private DateLexicon()
    {
    }

    /// <summary>True when the pack has any date words at all.</summary>
    public bool IsEmpty => _phrases.Count == 0;

    public string Setting(string name, string fallback) => _settings.TryGetValue(name, out var v) ? v : fallback;

    public static DateLexicon Load(ILanguagePack pack)
    {
        var lex = new DateLexicon();
        var all = new List<DateWord>();
        foreach (var file in Files)
        {
            var doc = pack.Lexicons.TryLoad<DateWordEntry>(file);
            if (doc is null)
            {
                continue;
            }

            foreach (var e in doc.Entries)
            {
                if (!Enum.TryParse<DateWordKind>(e.Kind, ignoreCase: true, out var kind))
                {
                    throw new LexiconFormatException($"Lexicon '{file}' of pack '{pack.Code}' has an entry of unknown kind '{e.Kind}'.");
                }

                all.Add(new DateWord(kind, e, file));
            }
        }

        foreach (var w in all.Where(w => w.Kind == DateWordKind.Fold))
        {
            foreach (var f in w.Entry.Forms)
            {
                lex._folds[f] = w.Entry.Text ?? "";
            }
        }

        foreach (var w in all.Where(w => w.Kind == DateWordKind.Setting))
        {
            foreach (var f in w.Entry.Forms)
            {
                lex._settings[f] = w.Entry.Text ?? "";
            }
        }

        foreach (var w in all.Where(w => w.Kind == DateWordKind.Prefix))
        {
            lex._prefixes.AddRange(w.Entry.Forms.Select(lex.Fold));
        }

        lex._prefixes.Sort((a, b) => b.Length.CompareTo(a.Length));
        foreach (var w in all.Where(w => w.Kind is not (DateWordKind.Fold or DateWordKind.Prefix or DateWordKind.Setting)))
        {
            foreach (var form in w.Entry.Forms)
            {
                var keys = lex.Tokenize(form).Select(t => t.Key).ToArray();
                if (keys.Length == 0)
                {
                    continue;
                }

                if (!lex._phrases.TryGetValue(keys[0], out var list))
                {
                    lex._phrases[keys[0]] = list = new();
                }

                list.Add((keys[1..], w));
            }
        }

        return lex;
    }

    /// <summary>Lower-cases, drops combining marks, applies the pack's character folds.</summary>
    public string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var s = char.ToLowerInvariant(c).ToString();
            sb.Append(_folds.TryGetValue(s, out var r) ? r : s);
        }

        return sb.ToString();
    }

    /// <summary>Splits text into words, digit runs and single other characters. Linear time.</summary>
    public List<Tok> Tokenize(string text)
    {
        var toks = new List<Tok>();
        var i = 0;
        var space = true;
        var newline = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                newline |= c is '\n' or '\r';
                i++;
                continue;
            }

            var t = new Tok { Start = i, SpaceBefore = space, Newline = newline };
            space = false;
            newline = false;
            if (char.IsDigit(c))
            {
                long v = 0;
                var n = 0;
                var sb = new StringBuilder();
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    var d = (int)char.GetNumericValue(text[i]);
                    if (n < 18)
                    {
                        v = (v * 10) + d;
                    }

                    sb.Append((char)('0' + d));
                    n++;
                    i++;
                }

                t.Kind = TokKind.Number;
                t.Num = v;
                t.Digits = n;
                t.Key = sb.ToString();
            }
            else if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                t.Kind = TokKind.Word;
                t.Key = Fold(text[t.Start..i]);
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                t.Kind = TokKind.Punct;
                t.Key = text[t.Start..i];
            }

            t.End = i;
            if (t.Kind == TokKind.Word && t.Key.Length == 0)
            {
                continue;
            }

            toks.Add(t);
        }

        return toks;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    /// <summary>Finds every lexicon phrase starting at each token (exact first word, or with a clitic prefix removed).</summary>
    public void Annotate(List<Tok> toks)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (i > 0 && !t.SpaceBefore && toks[i - 1].Kind == TokKind.Punct && toks[i - 1].Key == "$")
            {
                continue; // a ticker symbol ("$DEC") is not a word
            }

            MatchAt(toks, i, t.Key, false); // digits too: forms such as "1st quarter" start with a number
            if (t.Kind != TokKind.Word)
            {
                continue;
            }

            foreach (var p in _prefixes)
            {
                if (t.Key.Length - p.Length >= 2 && t.Key.StartsWith(p, StringComparison.Ordinal))
                {
                    MatchAt(toks, i, t.Key[p.Length..], true);
                }
            }
        }
    }

    private void MatchAt(List<Tok> toks, int i, string first, bool viaPrefix)
    {
        if (!_phrases.TryGetValue(first, out var list))
        {
            return;
        }

        foreach (var (rest, word) in list)
        {
            if (i + rest.Length >= toks.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < rest.Length && ok; k++)
            {
                ok = toks[i + 1 + k].Key == rest[k] && !toks[i + 1 + k].Newline;
            }

            if (ok && !toks[i].Matches.Any(m => m.Word == word && m.Length == rest.Length + 1))
            {
                toks[i].Matches.Add((word, rest.Length + 1, viaPrefix));
            }
        }
    }
}
