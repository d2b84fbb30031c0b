namespace ClaimTracker.Browser.Tests;

/// <summary>When the browser tests skip and when they must run (and then fail without a browser).</summary>
public class ChromiumAvailabilityTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void SkipReasonFrom_NoBrowserAndCiUnset_SaysHowToEnableOnOneLine()
    {
        var reason = ChromiumAvailability.SkipReasonFrom(Env(), _ => false);

        reason.Should().NotBeNull();
        reason.Should().StartWith(ChromiumAvailability.SkipPrefix).And.Contain("/usr/bin/chromium")
            .And.Contain("apt-get install chromium").And.Contain(ChromiumAvailability.PathVariable).And.NotContain("\n");
    }

    [Fact]
    public void SkipReasonFrom_NoBrowserAndCiSet_IsNullSoTheTestsRunAndFail()
    {
        ChromiumAvailability.SkipReasonFrom(Env(("CI", "true")), _ => false).Should().BeNull();
    }

    [Fact]
    public void SkipReasonFrom_EmptyCi_CountsAsUnset()
    {
        ChromiumAvailability.SkipReasonFrom(Env(("CI", "")), _ => false).Should().NotBeNull();
    }

    [Fact]
    public void SkipReasonFrom_BrowserFound_IsNull()
    {
        ChromiumAvailability.SkipReasonFrom(Env(), p => p == ChromiumAvailability.DefaultPath).Should().BeNull();
    }

    [Fact]
    public void ExecutablePathFrom_VariableSet_OverridesTheDefaultPath()
    {
        var env = Env((ChromiumAvailability.PathVariable, "/nowhere/chromium"));

        ChromiumAvailability.ExecutablePathFrom(env).Should().Be("/nowhere/chromium");
        ChromiumAvailability.SkipReasonFrom(env, p => p == ChromiumAvailability.DefaultPath).Should().Contain("/nowhere/chromium");
    }

    [Fact]
    public void ChromiumFact_WhenSkipReasonApplies_CarriesItAsSkip()
    {
        new ChromiumFactAttribute().Skip.Should().Be(ChromiumAvailability.SkipReason);
    }
}
