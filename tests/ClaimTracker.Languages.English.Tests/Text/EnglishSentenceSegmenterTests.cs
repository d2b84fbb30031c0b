using ClaimTracker.Languages.English.Lexicons;
using ClaimTracker.Languages.English.Text;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests.Text;

public class EnglishSentenceSegmenterTests
{
    private static string[] Split(string text) =>
        EnglishSentenceSegmenter.Default.Segment(text).Select(s => s.Span.Slice(text)).ToArray();

    private static (string Text, SegmentKind Kind)[] Kinds(string text) =>
        EnglishSentenceSegmenter.Default.Segment(text).Select(s => (s.Span.Slice(text), s.Kind)).ToArray();

    [Fact]
    public void Segment_TerminalMarks_SplitSentences() =>
        Split("The bridge opened in May. Was it late? Nobody knows! Traffic rose\u2026 Then it fell.")
            .Should().Equal("The bridge opened in May.", "Was it late?", "Nobody knows!", "Traffic rose\u2026", "Then it fell.");

    [Fact]
    public void Segment_Decimal_NotSplit() =>
        Split("Prices rose 3.5 percent in March. Wages did not.").Should().Equal("Prices rose 3.5 percent in March.", "Wages did not.");

    [Theory]
    [InlineData("Mr. Smith arrived at noon. He left at two.", "Mr. Smith arrived at noon.")]
    [InlineData("Dr. Jones met Gen. Smith and Sen. Brown today. They talked.", "Dr. Jones met Gen. Smith and Sen. Brown today.")]
    [InlineData("The U.S. military and U.N. officials met. They agreed.", "The U.S. military and U.N. officials met.")]
    [InlineData("The talks begin on Jan. 5 and end on Feb. 9 in Geneva. Both sides came.", "The talks begin on Jan. 5 and end on Feb. 9 in Geneva.")]
    [InlineData("Fuel, food, etc. were scarce. Aid came later.", "Fuel, food, etc. were scarce.")]
    [InlineData("Acme Inc. said profits fell. Shares dropped.", "Acme Inc. said profits fell.")]
    [InlineData("Resolution No. 2334 passed. Israel objected.", "Resolution No. 2334 passed.")]
    [InlineData("The report cited e.g., floods and fires. It was long.", "The report cited e.g., floods and fires.")]
    public void Segment_Abbreviations_DoNotEndSentences(string text, string first) =>
        Split(text).Should().Equal(first, text[(first.Length + 1)..]);

    [Fact]
    public void Segment_GeneralAbbreviationBeforeCapital_EndsSentence() =>
        Split("Troops returned to the U.S. The war was over.").Should().Equal("Troops returned to the U.S.", "The war was over.");

    [Theory]
    [InlineData("The U.S. President spoke. He left.", "The U.S. President spoke.")]
    [InlineData("The U.N. Security Council met. It voted.", "The U.N. Security Council met.")]
    [InlineData("Martin Luther King Jr. Day is a holiday. Banks close.", "Martin Luther King Jr. Day is a holiday.")]
    public void Segment_GeneralAbbreviationBeforeName_NotSplit(string text, string first) =>
        Split(text).Should().Equal(first, text[(first.Length + 1)..]);

    [Fact]
    public void Segment_InitialBeforeSentenceStarter_Splits() =>
        Split("They chose plan B. The vote was close.").Should().Equal("They chose plan B.", "The vote was close.");

    [Fact]
    public void Segment_UpperCaseAbbreviation_Recognized() =>
        Split("MR. SMITH RESIGNED. NOBODY KNEW WHY.").Should().Equal("MR. SMITH RESIGNED.", "NOBODY KNEW WHY.");

    [Fact]
    public void Segment_Initials_NotSplit() =>
        Split("The book by J. R. R. Tolkien sold well. It is long.").Should().Equal("The book by J. R. R. Tolkien sold well.", "It is long.");

    [Fact]
    public void Segment_QuotedInitialsAfterColon_OneSentence() =>
        Split("He said: 'A. B.' Then he left.").Should().Equal("He said: 'A. B.'", "Then he left.");

    [Fact]
    public void Segment_QuoteSpanningSentences_KeptWithAttribution() =>
        Split("He said: \"We left. We will return.\" Officials denied it.")
            .Should().Equal("He said: \"We left. We will return.\"", "Officials denied it.");

    [Fact]
    public void Segment_CurlyQuoteSpanningSentences_KeptTogether() =>
        Split("\u201CThe army withdrew. It will not return,\u201D the minister said. Nobody believed him.")
            .Should().Equal("\u201CThe army withdrew. It will not return,\u201D the minister said.", "Nobody believed him.");

    [Fact]
    public void Segment_ExclamationInsideQuoteFollowedByLowerCase_NotSplit() =>
        Split("\"Stop!\" he shouted. They stopped.").Should().Equal("\"Stop!\" he shouted.", "They stopped.");

    [Fact]
    public void Segment_UnmatchedQuote_Ignored() =>
        Split("\"We left. We will return. Nobody answered.").Should().Equal("\"We left.", "We will return.", "Nobody answered.");

    [Fact]
    public void Segment_ClosingQuoteAfterPeriod_BelongsToSentence() =>
        Split("She said \"no.\" Then she left.").Should().Equal("She said \"no.\"", "Then she left.");

    [Fact]
    public void Segment_LowerCaseAfterPeriod_NotSplit() =>
        Split("It weighs approx. three tonnes. Really.").Should().Equal("It weighs approx. three tonnes.", "Really.");

    [Fact]
    public void Segment_EllipsisBeforeLowerCase_NotSplit() =>
        Split("We waited... and waited. Then rain.").Should().Equal("We waited... and waited.", "Then rain.");

    [Fact]
    public void Segment_SpansTrimmed()
    {
        var text = "  One here.   Two there.  ";
        EnglishSentenceSegmenter.Default.Segment(text).Select(s => s.Span)
            .Should().Equal(TextSpan.FromBounds(2, 11), TextSpan.FromBounds(14, 24));
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said on Monday it had left.", "MOSCOW (Reuters) -")]
    [InlineData("WASHINGTON \u2014 The Senate voted on Tuesday.", "WASHINGTON \u2014")]
    [InlineData("BEIRUT, Lebanon (AP) \u2014 Rescuers searched the port.", "BEIRUT, Lebanon (AP) \u2014")]
    [InlineData("NEW YORK, March 3 (Reuters) -- Stocks fell.", "NEW YORK, March 3 (Reuters) --")]
    [InlineData("(Moscow) \u2013 Talks resumed today.", "(Moscow) \u2013")]
    public void Segment_Dateline_IsOwnSegment(string text, string dateline)
    {
        var kinds = Kinds(text);
        kinds[0].Should().Be((dateline, SegmentKind.Dateline));
        kinds[1].Should().Be((text[(dateline.Length + 1)..], SegmentKind.Sentence));
    }

    [Theory]
    [InlineData("US officials - who asked not to be named - denied it.")]
    [InlineData("The vote - held late - passed.")]
    [InlineData("NATO-led forces withdrew.")]
    public void Segment_DashInProse_NoDateline(string text) =>
        Kinds(text).Should().OnlyContain(k => k.Kind == SegmentKind.Sentence);

    [Fact]
    public void Segment_HeadingLine_IsHeading() =>
        Kinds("Floods hit the coast\n\nThousands fled their homes. Roads closed.").Should().Equal(
            ("Floods hit the coast", SegmentKind.Heading),
            ("Thousands fled their homes.", SegmentKind.Sentence),
            ("Roads closed.", SegmentKind.Sentence));

    [Fact]
    public void Segment_HeadingWithAbbreviation_NotSplit() =>
        Kinds("U.S. Strikes Hit Targets\nOfficials confirmed it.").Should().Equal(
            ("U.S. Strikes Hit Targets", SegmentKind.Heading),
            ("Officials confirmed it.", SegmentKind.Sentence));

    [Fact]
    public void Segment_LongLineWithoutFinalPeriod_IsSentence()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 25));
        Kinds(text).Should().Equal((text, SegmentKind.Sentence));
    }

    [Fact]
    public void Segment_ListItems_AreListItems() =>
        Kinds("The plan has parts:\n- a ceasefire\n* aid convoys\n\u2022 talks\n1. First step.\n2) Second step").Should().Equal(
            ("The plan has parts:", SegmentKind.Sentence),
            ("- a ceasefire", SegmentKind.ListItem),
            ("* aid convoys", SegmentKind.ListItem),
            ("\u2022 talks", SegmentKind.ListItem),
            ("1. First step.", SegmentKind.ListItem),
            ("2) Second step", SegmentKind.ListItem));

    [Fact]
    public void Segment_WrappedLine_ContinuesSentence() =>
        Split("The minister said that\nthe talks had failed. Nobody\nwas surprised.")
            .Should().Equal("The minister said that\nthe talks had failed.", "Nobody\nwas surprised.");

    [Fact]
    public void Segment_CrLfParagraphs_Separate() =>
        Split("First paragraph.\r\nSecond paragraph.").Should().Equal("First paragraph.", "Second paragraph.");

    [Fact]
    public void Segment_Empty_NoSegments() => EnglishSentenceSegmenter.Default.Segment(" \n\t ").Should().BeEmpty();

    [Fact]
    public void Segment_CustomAbbreviations_Used()
    {
        var segmenter = new EnglishSentenceSegmenter([new AbbreviationEntry { Form = "Xyz.", Kind = "title" }], []);
        segmenter.Segment("Ask Xyz. Smith now. Mr. Brown left.").Select(s => s.Span.Length).Should().HaveCount(3);
    }

    [Fact]
    public void Segment_CustomSentenceStarters_Used()
    {
        var segmenter = new EnglishSentenceSegmenter([new AbbreviationEntry { Form = "Co.", Kind = "general" }], ["Shares"]);
        const string text = "He runs Acme Co. Shares fell.";
        segmenter.Segment(text).Should().HaveCount(2);
        EnglishSentenceSegmenter.Default.Segment(text).Should().HaveCount(1);
    }

    [Fact]
    public void Constructor_FormWithoutPeriod_Throws() =>
        FluentActions.Invoking(() => new EnglishSentenceSegmenter([new AbbreviationEntry { Form = "Mr" }], []))
            .Should().Throw<ArgumentException>().WithParameterName("abbreviations");

    [Fact]
    public void Constructor_NullEntry_Throws() =>
        FluentActions.Invoking(() => new EnglishSentenceSegmenter([null!], []))
            .Should().Throw<ArgumentNullException>().WithParameterName("abbreviations");

    [Fact]
    public void Constructor_NullStarter_Throws() =>
        FluentActions.Invoking(() => new EnglishSentenceSegmenter([], [null!]))
            .Should().Throw<ArgumentNullException>().WithParameterName("sentenceStarters");

    [Fact]
    public void Segment_Null_Throws() =>
        FluentActions.Invoking(() => EnglishSentenceSegmenter.Default.Segment(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
}
