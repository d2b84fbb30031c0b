namespace ClaimTracker.Benchmarks;

/// <summary>Finds the repository's sample corpora from the benchmark's output folder.</summary>
internal static class Paths
{
    /// <summary>The folder <c>samples/<paramref name="name"/></c> of the checkout that holds <c>ClaimTracker.sln</c>.</summary>
    public static string Samples(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("ClaimTracker.sln not found above " + AppContext.BaseDirectory), "samples", name);
    }
}
