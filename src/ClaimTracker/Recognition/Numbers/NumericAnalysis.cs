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
        return new NumericAnalysis(text, grammar, tokens, numbers);
    }

    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(Tokens[first].Start, Tokens[last].End);

    public RecognizedNumber ToNumber(NumberMatch m)
    {
        var span = SpanOf(m.First, m.Last);
        return new RecognizedNumber(span, span.Slice(Text), m.Rule, m.Value, m.Form);
    }
}
