using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>The tokens and numbers of one text, shared by the number, range and quantity recognizers.</summary>
internal sealed class NumericAnalysis
{
    private NumericAnalysis(string text, NumberGrammar grammar, List<NumTok> tokens, List<NumberMatch> numbers)
    {
        Text = text;
        Grammar = grammar;
        Tokens = tokens;
        Numbers = numbers;
    }

    public string Text { get; }

    public NumberGrammar Grammar { get; }

    public List<NumTok> Tokens { get; }

    public List<NumberMatch> Numbers { get; }

    public static NumericAnalysis Analyze(string text, ILanguagePack pack)
    {
        var grammar = NumberGrammar.For(pack);
        var tokens = grammar.Tokenize(text);
        var numbers = new NumberParser(grammar, tokens).ParseAll();
        numbers.RemoveAll(n => InsideAddress(text, tokens[n.First].Start));
        return new NumericAnalysis(text, grammar, tokens, numbers);
    }

    /// <summary>True when the offset lies in a run of non-space characters that looks like a URL or e-mail address.</summary>
    private static bool InsideAddress(string text, int at)
    {
        var s = at;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && at - s < 2048)
        {
            s--;
        }

        var e = at;
        while (e < text.Length && !char.IsWhiteSpace(text[e]) && e - at < 2048)
        {
            e++;
        }

        var run = text.AsSpan(s, e - s);
        return run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || run.Contains('@');
    }

    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(Tokens[first].Start, Tokens[last].End);

    public RecognizedNumber ToNumber(NumberMatch m)
    {
        var span = SpanOf(m.First, m.Last);
        return new RecognizedNumber(span, span.Slice(Text), m.Rule, m.Value, m.Form);
    }
}
