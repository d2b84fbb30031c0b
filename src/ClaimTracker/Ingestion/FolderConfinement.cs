using System.Runtime.InteropServices;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Keeps a folder load inside its folder: resolves symbolic links component by component (as the kernel does, so
/// <c>..</c> after a link climbs from the link's target) and counts hard links, so that a link planted in an article
/// folder cannot make the loader read <c>/etc/passwd</c> or another file outside it.
/// </summary>
internal static class FolderConfinement
{
    /// <summary>More links than this while resolving one path is treated as a loop (the Linux limit is 40).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The real path of <paramref name="fullPath"/> (absolute): every symbolic link on the way replaced by its target.
    /// Components that do not exist are kept as written.
    /// </summary>
    /// <exception cref="IOException">Too many links (a loop), or a link could not be read.</exception>
    public static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            throw new IOException($"'{fullPath}' is not an absolute path.");
        }

        var pending = new Stack<string>();
        PushComponents(pending, fullPath[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many levels of symbolic links at '{next}'.");
            }

            if (Path.GetPathRoot(target) is { Length: > 0 } targetRoot)
            {
                current = targetRoot;
                target = target[targetRoot.Length..];
            }

            PushComponents(pending, target);
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or lies below it (both real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// The identity (device, inode), hard-link count and type of a regular file, or null where the platform does not tell
    /// (only Linux with glibc is asked; elsewhere hard links are not checked, see <c>docs/reliability.md</c>).
    /// </summary>
    public static FileIdentity? Identify(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            if (Native.Statx(Native.AtFdCwd, path, Native.AtSymlinkNoFollow, Native.StatxBasicStats, out var buffer) != 0)
            {
                return null;
            }

            return new FileIdentity(((ulong)buffer.DevMajor << 32) | buffer.DevMinor, buffer.Inode, buffer.Links,
                (buffer.Mode & Native.FileTypeMask) == Native.RegularFile);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static void PushComponents(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static class Native
    {
        public const int AtFdCwd = -100;
        public const int AtSymlinkNoFollow = 0x100;
        public const uint StatxBasicStats = 0x7FF;
        public const ushort FileTypeMask = 0xF000;
        public const ushort RegularFile = 0x8000;

        [DllImport("libc.so.6", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

        /// <summary><c>struct statx</c> (the same layout on every Linux architecture).</summary>
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        public struct StatxBuffer
        {
            [FieldOffset(16)]
            public uint Links;

            [FieldOffset(28)]
            public ushort Mode;

            [FieldOffset(32)]
            public ulong Inode;

            [FieldOffset(136)]
            public uint DevMajor;

            [FieldOffset(140)]
            public uint DevMinor;
        }
    }
}

/// <summary>What the file system says about a file (not following a final symbolic link).</summary>
/// <param name="Device">The device it is on.</param>
/// <param name="Inode">Its inode number on that device.</param>
/// <param name="Links">How many hard links (names) it has.</param>
/// <param name="IsRegular">False for a device, pipe, socket or directory.</param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, uint Links, bool IsRegular);
