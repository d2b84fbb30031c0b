using System.Text;

namespace ClaimTracker.Tests.Snapshots;

/// <summary>Built-in scrubbers: linear hand-written scanners, no regular expressions.</summary>
public static class Scrubbers
{
    /// <summary>Replaces GUIDs (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>, any case, not inside a longer hex run) with <c>Guid_N</c>, numbered by first appearance.</summary>
    public static string Guids(string text) => Replace(text, GuidLength, "Guid_");

    /// <summary>
    /// Replaces ISO 8601 timestamps with a zone (<c>yyyy-MM-ddTHH:mm[:ss[.fffffff]](Z|±hh:mm)</c>) with
    /// <c>DateTimeOffset_N</c>, numbered by first appearance. Zone-less times are kept.
    /// </summary>
    public static string ZonedTimestamps(string text) => Replace(text, ZonedTimestampLength, "DateTimeOffset_");

    private static string Replace(string text, Func<string, int, int> matchLength, string prefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var length = matchLength(text, i);
            if (length == 0)
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var value = text.Substring(i, length);
            if (!seen.TryGetValue(value, out var n))
            {
                n = seen.Count + 1;
                seen[value] = n;
            }

            sb.Append(prefix).Append(n);
            i += length;
        }

        return sb.ToString();
    }

    private static int GuidLength(string s, int i)
    {
        const int length = 36;
        if (i + length > s.Length || (i > 0 && IsWord(s[i - 1])) || (i + length < s.Length && IsWord(s[i + length])))
        {
            return 0;
        }

        for (var k = 0; k < length; k++)
        {
            var c = s[i + k];
            var ok = k is 8 or 13 or 18 or 23 ? c == '-' : char.IsAsciiHexDigit(c);
            if (!ok)
            {
                return 0;
            }
        }

        return length;
    }

    private static int ZonedTimestampLength(string s, int i)
    {
        if (i > 0 && char.IsAsciiDigit(s[i - 1]))
        {
            return 0;
        }

        // yyyy-MM-ddTHH:mm
        var p = i;
        if (!Digits(s, ref p, 4) || !Char(s, ref p, '-') || !Digits(s, ref p, 2) || !Char(s, ref p, '-') || !Digits(s, ref p, 2)
            || !Char(s, ref p, 'T') || !Digits(s, ref p, 2) || !Char(s, ref p, ':') || !Digits(s, ref p, 2))
        {
            return 0;
        }

        var q = p;
        if (Char(s, ref q, ':') && Digits(s, ref q, 2))
        {
            p = q;
            q = p;
            if (Char(s, ref q, '.') && Digits(s, ref q, 1))
            {
                while (q < s.Length && char.IsAsciiDigit(s[q]))
                {
                    q++;
                }

                p = q;
            }
        }

        if (p < s.Length && s[p] == 'Z')
        {
            return p + 1 - i;
        }

        q = p;
        if (q < s.Length && (s[q] == '+' || s[q] == '-'))
        {
            q++;
            if (Digits(s, ref q, 2) && Char(s, ref q, ':') && Digits(s, ref q, 2))
            {
                return q - i;
            }
        }

        return 0;
    }

    private static bool Digits(string s, ref int p, int count)
    {
        if (p + count > s.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            if (!char.IsAsciiDigit(s[p + k]))
            {
                return false;
            }
        }

        p += count;
        return true;
    }

    private static bool Char(string s, ref int p, char c)
    {
        if (p < s.Length && s[p] == c)
        {
            p++;
            return true;
        }

        return false;
    }

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c);
}
