namespace ClaimTracker.Conformance.Tests;

public class SpecFilesTests
{
    [Theory]
    [InlineData("Number/Arabic/NumberModel.json")]
    [InlineData("Number/English/NumberModel.json")]
    [InlineData("DateTime/Arabic/DateTimeModel.json")]
    public void VendoredSpec_IsCopiedBesideTheTests(string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "specs", "recognizers-text", relative);
        File.Exists(path).Should().BeTrue(path);
    }
}
