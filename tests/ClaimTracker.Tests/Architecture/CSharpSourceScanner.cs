using System.Text;

namespace ClaimTracker.Tests.Architecture;

/// <summary>
/// A small C# lexer for architecture tests: separates code from comments and string/char literals, so that
/// checks look at what they mean to (identifiers in code, or the contents of string literals).
/// Handles line and block comments, char literals, regular, verbatim (<c>@"…"</c>), interpolated and raw
/// (<c>"""…"""</c>) strings. Interpolation holes are kept as part of the literal's text.
/// </summary>
internal static class CSharpSourceScanner
{
    /// <summary>The source with comments and literals replaced by spaces, and the contents of each string literal.</summary>
    public static (string Code, IReadOnlyList<string> Strings) Scan(string source)
    {
        var code = new StringBuilder(source.Length);
        var strings = new List<string>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && At(source, i + 1) == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }

                code.Append(' ');
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
                code.Append(' ');
            }
            else if (c == '\'')
            {
                i++;
                while (i < source.Length && source[i] != '\'' && source[i] != '\n')
                {
                    i += source[i] == '\\' ? 2 : 1;
                }

                i++;
                code.Append(' ');
            }
            else if (c == '"')
            {
                var verbatim = false;
                for (var p = i - 1; p >= 0 && source[p] is '@' or '$'; p--)
                {
                    verbatim |= source[p] == '@';
                }

                var quotes = 0;
                while (At(source, i + quotes) == '"')
                {
                    quotes++;
                }

                var text = new StringBuilder();
                if (quotes >= 3)
                {
                    var close = new string('"', quotes);
                    var end = source.IndexOf(close, i + quotes, StringComparison.Ordinal);
                    end = end < 0 ? source.Length : end;
                    text.Append(source, i + quotes, end - i - quotes);
                    i = Math.Min(source.Length, end + quotes);
                }
                else
                {
                    i++;
                    while (i < source.Length)
                    {
                        var s = source[i];
                        if (verbatim && s == '"' && At(source, i + 1) == '"')
                        {
                            text.Append('"');
                            i += 2;
                        }
                        else if (s == '"')
                        {
                            i++;
                            break;
                        }
                        else if (!verbatim && s == '\\' && i + 1 < source.Length)
                        {
                            text.Append(source[i + 1]);
                            i += 2;
                        }
                        else
                        {
                            text.Append(s);
                            i++;
                        }
                    }
                }

                strings.Add(text.ToString());
                code.Append(' ');
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return (code.ToString(), strings);
    }

    /// <summary>True when <paramref name="code"/> uses <paramref name="member"/> (e.g. <c>DateTime.Now</c>) as a whole name.</summary>
    public static bool Uses(string code, string member)
    {
        var at = 0;
        while ((at = code.IndexOf(member, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 ? ' ' : code[at - 1];
            var after = At(code, at + member.Length);
            if (!IsIdentifierChar(before) && !IsIdentifierChar(after))
            {
                return true;
            }

            at += member.Length;
        }

        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';
}
