namespace ClaimTracker.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ct-snap-").FullName;

    private string Source => Path.Combine(dir, "FakeTests.Part.cs");

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Match_NoVerifiedFile_FailsAndWritesReceived()
    {
        var act = () => Snapshot.Match("hello", "txt", null, Source, "M", accept: false);
        act.Should().Throw<Xunit.Sdk.XunitException>().WithMessage("*No verified snapshot FakeTests.M.verified.txt*");
        File.ReadAllText(Path.Combine(dir, "FakeTests.M.received.txt")).Should().Be("hello\n");
        File.Exists(Path.Combine(dir, "FakeTests.M.verified.txt")).Should().BeFalse();
    }

    [Fact]
    public void Match_NoVerifiedFileAccepting_WritesVerified()
    {
        Snapshot.Match("hello", "json", null, Source, "M", accept: true);
        File.ReadAllText(Path.Combine(dir, "FakeTests.M.verified.json")).Should().Be("hello\n");
        File.Exists(Path.Combine(dir, "FakeTests.M.received.json")).Should().BeFalse();
    }

    [Fact]
    public void Match_Mismatch_WritesReceivedAndReportsDiff()
    {
        File.WriteAllText(Path.Combine(dir, "FakeTests.M.verified.txt"), "a\nb\nc\n");
        var act = () => Snapshot.Match("a\nB\nc", "txt", null, Source, "M", accept: false);
        act.Should().Throw<Xunit.Sdk.XunitException>().WithMessage("*first difference at line 2*- b*+ B*");
        File.ReadAllText(Path.Combine(dir, "FakeTests.M.received.txt")).Should().Be("a\nB\nc\n");
    }

    [Fact]
    public void Match_MismatchAccepting_OverwritesVerified()
    {
        File.WriteAllText(Path.Combine(dir, "FakeTests.M.verified.txt"), "old\n");
        Snapshot.Match("new", "txt", null, Source, "M", accept: true);
        File.ReadAllText(Path.Combine(dir, "FakeTests.M.verified.txt")).Should().Be("new\n");
    }

    [Fact]
    public void Match_CrLfAndTrailingNewlines_Normalized()
    {
        File.WriteAllText(Path.Combine(dir, "FakeTests.M.verified.txt"), "a\r\nb\r\n");
        File.WriteAllText(Path.Combine(dir, "FakeTests.M.received.txt"), "stale");
        Snapshot.Match("a\nb\n\n", "txt", null, Source, "M", accept: false);
        File.Exists(Path.Combine(dir, "FakeTests.M.received.txt")).Should().BeFalse("a match deletes a stale received file");
    }

    [Fact]
    public void Match_UseTypeAndMethodName_OverrideFileName()
    {
        Snapshot.Match("x", "md", new SnapshotSettings().UseTypeName("T").UseMethodName("N"), Source, "M", accept: true);
        File.Exists(Path.Combine(dir, "T.N.verified.md")).Should().BeTrue();
    }

    [Fact]
    public void Prepare_BuiltInScrubbers_ReplaceGuidsAndZonedTimestamps()
    {
        var g1 = "0f8fad5b-d9cb-469f-a165-70867728950e";
        var g2 = "7C9E6679-7425-40DE-944B-E07FC1F90AE7";
        var text = $"{g1} {g2} {g1} at 2026-11-22T22:56:13Z and 2026-11-22T22:56:13.1234567+02:00; data 2024-06-19T06:00:00 and 2024-06-19; x{g1}";
        Snapshot.Prepare(text, new SnapshotSettings()).Should().Be(
            $"Guid_1 Guid_2 Guid_1 at DateTimeOffset_1 and DateTimeOffset_2; data 2024-06-19T06:00:00 and 2024-06-19; x{g1}\n");
    }

    [Fact]
    public void Prepare_BuiltInsOff_KeepsValues()
    {
        var text = "0f8fad5b-d9cb-469f-a165-70867728950e 2026-11-22T22:56Z";
        Snapshot.Prepare(text, new SnapshotSettings { ScrubGuids = false, ScrubTimestamps = false }).Should().Be(text + "\n");
    }

    [Fact]
    public void Prepare_CustomScrubbers_RunInOrder()
    {
        var settings = new SnapshotSettings()
            .ScrubValue("/tmp/xyz", "{TempDir}")
            .ScrubLinesContaining("generated at")
            .AddScrubber(s => s.ToUpperInvariant());
        Snapshot.Prepare("path /tmp/xyz/a\r\ngenerated at noon\r\nend", settings).Should().Be("PATH {TEMPDIR}/A\nEND\n");
    }

    [Fact]
    public async Task Verify_ExistingSnapshot_Passes()
    {
        await Snapshot.Verify("snapshot helper smoke test");
    }
}
