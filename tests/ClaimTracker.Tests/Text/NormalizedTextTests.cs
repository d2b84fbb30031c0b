using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public class NormalizedTextTests
{
    [Fact]
    public void Identity_MapsEveryOffsetToItself()
    {
        var n = NormalizedText.Identity("abc");
        n.Text.Should().Be("abc");
        n.ToOriginal(new TextSpan(1, 2)).Should().Be(new TextSpan(1, 2));
    }

    [Fact]
    public void ToOriginal_DeletedMarkAfterLastCharacter_BelongsToSpan()
    {
        // "ab" + combining acute + " c": the builder drops the mark.
        var original = "ab\u0301 c";
        var b = new NormalizedTextBuilder(original);
        b.Append('a', 0).Append('b', 1).Append(' ', 3).Append('c', 4);
        var n = b.Build();
        n.Text.Should().Be("ab c");
        n.ToOriginal(new TextSpan(0, 2)).Should().Be(TextSpan.FromBounds(0, 3));
        n.ToOriginal(new TextSpan(3, 1)).Should().Be(TextSpan.FromBounds(4, 5));
    }

    [Fact]
    public void Append_OffsetGoingBackwards_Throws()
    {
        var b = new NormalizedTextBuilder("abc");
        b.Append('b', 1);
        var act = () => b.Append('a', 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("originalOffset");
    }

    [Fact]
    public void TextSpan_FromBounds_EndBeforeStart_NamesArgument()
    {
        var act = () => TextSpan.FromBounds(5, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end");
    }
}
