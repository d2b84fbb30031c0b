using System.Buffers;
using System.Text;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Decodes file bytes to a string strictly: UTF-8 (with or without a byte-order mark) or UTF-16 when a
/// UTF-16 byte-order mark says so. Never replaces bad bytes silently.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns null and adds a diagnostic naming <paramref name="name"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string name, List<Diagnostic> diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var bigEndian = bytes[0] == 0xFE;
            var body = bytes[2..];
            try
            {
                if (body.Length % 2 != 0)
                {
                    throw new DecoderFallbackException("Odd number of bytes.");
                }

                var text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(body);
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.BinaryContent,
                        $"File '{name}' contains NUL characters and looks binary; skipped."));
                    return null;
                }

                return text;
            }
            catch (DecoderFallbackException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.InvalidEncoding,
                    $"File '{name}' has a UTF-16 byte-order mark but is not valid UTF-16; skipped."));
                return null;
            }
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.BinaryContent,
                $"File '{name}' contains a NUL byte at offset {nul} and looks binary; skipped."));
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var content = bytes[start..];
        var bad = FirstInvalidUtf8(content);
        if (bad >= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.InvalidEncoding,
                $"File '{name}' is not valid UTF-8 (first bad byte at offset {bad + start}); skipped. Convert it to UTF-8."));
            return null;
        }

        return StrictUtf8.GetString(content);
    }

    /// <summary>Offset of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>Replaces CRLF and lone CR with LF.</summary>
    public static string NormalizeLineEndings(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
