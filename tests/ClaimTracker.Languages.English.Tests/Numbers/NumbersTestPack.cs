using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests.Numbers;

/// <summary>The pack the number tests run against, and the repository root.</summary>
internal static class NumbersTestPack
{
    public static ILanguagePack Instance => EnglishLanguagePack.Instance;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClaimTracker.sln not found");
    }
}
