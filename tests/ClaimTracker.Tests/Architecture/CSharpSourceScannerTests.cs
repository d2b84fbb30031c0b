namespace ClaimTracker.Tests.Architecture;

public class CSharpSourceScannerTests
{
    [Fact]
    public void Scan_SeparatesCommentsAndLiterals()
    {
        const string source = "var a = \"one\"; // \"two\"\n/* \"three\" */ var b = @\"fo\"\"ur\" + $\"{x}five\" + \"s\\\"ix\" + '\"';\nvar c = \"\"\"raw \"text\" \"\"\";";
        var (code, strings) = CSharpSourceScanner.Scan(source);
        strings.Should().Equal("one", "fo\"ur", "{x}five", "s\"ix", "raw \"text\" ");
        code.Should().Contain("var a").And.Contain("var b").And.Contain("var c").And.NotContain("two").And.NotContain("three");
    }

    [Theory]
    [InlineData("var t = DateTime.Now;", "DateTime.Now", true)]
    [InlineData("var t = System.DateTime.UtcNow;", "DateTime.UtcNow", true)]
    [InlineData("var t = MyDateTime.Now;", "DateTime.Now", false)]
    [InlineData("var t = DateTime.NowOrLater;", "DateTime.Now", false)]
    public void Uses_WholeNamesOnly(string code, string member, bool expected) =>
        CSharpSourceScanner.Uses(code, member).Should().Be(expected);
}
