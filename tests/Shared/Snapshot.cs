using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimTracker.Tests.Snapshots;

/// <summary>
/// Approval ("snapshot") testing following Verify's conventions: <c>&lt;Type&gt;.&lt;Method&gt;.verified.&lt;ext&gt;</c> beside the
/// calling test's source file is the approved output; a mismatch writes <c>&lt;Type&gt;.&lt;Method&gt;.received.&lt;ext&gt;</c>
/// and fails with a diff summary. Set <c>CLAIMTRACKER_ACCEPT=1</c> to accept received output as verified.
/// Compiled into every test project from <c>tests/Shared</c> (see <c>tests/Shared/Snapshot.md</c>).
/// </summary>
public static class Snapshot
{
    /// <summary>Environment variable that accepts new or changed snapshots when set to <c>1</c>.</summary>
    public const string AcceptVariable = "CLAIMTRACKER_ACCEPT";

    private const int DiffLines = 8;

    /// <summary>Checks <paramref name="content"/> against the verified file (asynchronous form, like Verify's <c>Verify(...)</c>).</summary>
    /// <param name="content">The output to check.</param>
    /// <param name="extension">File extension without dot: <c>txt</c>, <c>json</c>, <c>md</c>, <c>html</c>.</param>
    /// <param name="settings">Scrubbers and naming; null for defaults.</param>
    /// <param name="sourceFile">Filled by the compiler.</param>
    /// <param name="memberName">Filled by the compiler.</param>
    public static Task Verify(
        string content,
        string extension = "txt",
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string memberName = "")
    {
        Match(content, extension, settings, sourceFile, memberName);
        return Task.CompletedTask;
    }

    /// <summary>Checks <paramref name="content"/> against the verified file (synchronous form).</summary>
    /// <param name="content">The output to check.</param>
    /// <param name="extension">File extension without dot: <c>txt</c>, <c>json</c>, <c>md</c>, <c>html</c>.</param>
    /// <param name="settings">Scrubbers and naming; null for defaults.</param>
    /// <param name="sourceFile">Filled by the compiler.</param>
    /// <param name="memberName">Filled by the compiler.</param>
    /// <exception cref="Xunit.Sdk.XunitException">The output differs from the verified file, or no verified file exists (unless accepting).</exception>
    public static void Match(
        string content,
        string extension = "txt",
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string memberName = "")
    {
        Match(content, extension, settings, sourceFile, memberName, accept: Environment.GetEnvironmentVariable(AcceptVariable) == "1");
    }

    /// <summary>As the public <c>Match</c>, with acceptance decided by the caller (for testing the helper itself).</summary>
    internal static void Match(string content, string extension, SnapshotSettings? settings, string sourceFile, string memberName, bool accept)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        settings ??= new SnapshotSettings();
        var (verifiedPath, receivedPath) = Paths(sourceFile, memberName, extension.TrimStart('.'), settings);
        var received = Prepare(content, settings);

        if (File.Exists(verifiedPath))
        {
            var verified = Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8));
            if (verified == received)
            {
                DeleteIfExists(receivedPath);
                return;
            }

            if (accept)
            {
                Write(verifiedPath, received);
                DeleteIfExists(receivedPath);
                return;
            }

            Write(receivedPath, received);
            throw new Xunit.Sdk.XunitException(
                $"Snapshot mismatch for {Path.GetFileName(verifiedPath)}.{Environment.NewLine}" +
                $"Received: {receivedPath}{Environment.NewLine}" +
                $"{DiffSummary(verified, received)}{Environment.NewLine}" +
                $"If the change is intended, copy the received file over the verified one or rerun with {AcceptVariable}=1.");
        }

        if (accept)
        {
            Write(verifiedPath, received);
            DeleteIfExists(receivedPath);
            return;
        }

        Write(receivedPath, received);
        throw new Xunit.Sdk.XunitException(
            $"No verified snapshot {Path.GetFileName(verifiedPath)} exists. Review {receivedPath}, then rename it to " +
            $"{Path.GetFileName(verifiedPath)} or rerun with {AcceptVariable}=1.");
    }

    /// <summary>Normalizes line endings to <c>\n</c>, applies the scrubbers, and ends the text with exactly one <c>\n</c>.</summary>
    internal static string Prepare(string content, SnapshotSettings settings)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var scrub in settings.Scrubbers)
        {
            text = scrub(text);
        }

        if (settings.ScrubGuids)
        {
            text = Scrubbers.Guids(text);
        }

        if (settings.ScrubTimestamps)
        {
            text = Scrubbers.ZonedTimestamps(text);
        }

        return Normalize(text);
    }

    internal static string DiffSummary(string verified, string received)
    {
        var a = verified.Split('\n');
        var b = received.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }

        var sb = new StringBuilder();
        sb.Append($"Verified has {a.Length} lines, received {b.Length}; first difference at line {first + 1}:");
        for (var i = first; i < Math.Min(first + DiffLines, Math.Max(a.Length, b.Length)); i++)
        {
            var left = i < a.Length ? a[i] : "<none>";
            var right = i < b.Length ? b[i] : "<none>";
            if (left == right)
            {
                continue;
            }

            sb.Append(Environment.NewLine).Append($"  {i + 1,5} - {left}");
            sb.Append(Environment.NewLine).Append($"  {i + 1,5} + {right}");
        }

        return sb.ToString();
    }

    private static string Normalize(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.TrimEnd('\n') + "\n";
    }

    private static (string Verified, string Received) Paths(string sourceFile, string memberName, string extension, SnapshotSettings settings)
    {
        var directory = ResolveDirectory(sourceFile);
        var fileName = Path.GetFileName(sourceFile.Replace('\\', '/'));
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        var typeName = settings.TypeName ?? (dot > 0 ? fileName[..dot] : fileName);
        var method = settings.MethodName ?? memberName;
        var stem = Path.Combine(directory, $"{typeName}.{method}");
        return ($"{stem}.verified.{extension}", $"{stem}.received.{extension}");
    }

    /// <summary>The calling file's folder; a path mapped by a CI build (<c>/_/tests/...</c>) is resolved against the repository root.</summary>
    private static string ResolveDirectory(string sourceFile)
    {
        var normalized = sourceFile.Replace('\\', '/');
        var directory = Path.GetDirectoryName(sourceFile);
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory))
        {
            return directory;
        }

        var relative = normalized;
        var marker = normalized.IndexOf("/_/", StringComparison.Ordinal);
        if (marker >= 0)
        {
            relative = normalized[(marker + 3)..];
        }

        var root = ClaimTracker.Testing.RepoPaths.Root;
        return Path.GetDirectoryName(Path.Combine(root, relative))!;
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
