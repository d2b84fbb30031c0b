using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests.Numbers;

/// <summary>The pack the number tests run against, and the repository root.</summary>
internal static class NumbersTestPack
{
    public static ILanguagePack Instance => EnglishLanguagePack.Instance;

    public static string RepoRoot() => ClaimTracker.Testing.RepoPaths.Root;
}
