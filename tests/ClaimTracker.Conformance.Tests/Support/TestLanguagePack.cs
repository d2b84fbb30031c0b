using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.English;
using ClaimTracker.Text;

namespace ClaimTracker.Conformance.Tests.Support;

/// <summary>The language packs the conformance suites run against.</summary>
public static class TestLanguagePack
{
    /// <summary>The Arabic pack.</summary>
    public static ILanguagePack Arabic => ArabicLanguagePack.Instance;

    /// <summary>The English pack.</summary>
    public static ILanguagePack English => EnglishLanguagePack.Instance;
}
