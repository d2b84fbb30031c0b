namespace ClaimTracker.Testing;

/// <summary>Locates the repository from a test's output folder (compiled into every test project).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClaimTracker.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder that holds <c>ClaimTracker.sln</c>.</summary>
    public static string Root => RootPath.Value;
}
