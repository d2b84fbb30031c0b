namespace ClaimTracker.Ingestion;

/// <summary>The stable codes of the diagnostics ingestion reports (see <c>docs/ingestion.md</c>).</summary>
public static class IngestionDiagnostics
{
    /// <summary>Error: the file is not valid UTF-8 (or UTF-16 with a byte-order mark); skipped.</summary>
    public const string InvalidEncoding = "CT2001";

    /// <summary>Error: the file holds NUL bytes and looks binary; skipped.</summary>
    public const string BinaryContent = "CT2002";

    /// <summary>Error: the file is larger than <see cref="IngestionOptions.MaxFileBytes"/>; skipped.</summary>
    public const string TooLarge = "CT2003";

    /// <summary>Warning: the file (or its text after front matter or HTML extraction) is empty; skipped.</summary>
    public const string Empty = "CT2004";

    /// <summary>Error: no language was given and no registered pack claims the text's script; skipped.</summary>
    public const string UnknownLanguage = "CT2005";

    /// <summary>Info: the article's language was detected from its script.</summary>
    public const string LanguageDetected = "CT2006";

    /// <summary>Warning: a publication date could not be read; the article has no date.</summary>
    public const string BadDate = "CT2007";

    /// <summary>Warning: a URL could not be read or is not an http or https URL; the article has no URL.</summary>
    public const string BadUrl = "CT2008";

    /// <summary>Error: the manifest could not be read; the folder is ingested without it.</summary>
    public const string BadManifest = "CT2009";

    /// <summary>Warning: a manifest entry names a file that does not exist, or is incomplete.</summary>
    public const string ManifestEntry = "CT2010";

    /// <summary>Error: two articles have the same id; the later file (in ordinal path order) is skipped.</summary>
    public const string DuplicateId = "CT2011";

    /// <summary>Warning: front matter could not be read; the file is ingested without it.</summary>
    public const string BadFrontMatter = "CT2012";

    /// <summary>Info: a file was not ingested (unsupported extension or an ignored name such as README).</summary>
    public const string FileSkipped = "CT2013";

    /// <summary>Error: the file could not be read (I/O or permission error).</summary>
    public const string ReadFailed = "CT2014";

    /// <summary>
    /// Error: a file of a folder is a symbolic link (or lies under one) whose target resolves outside the folder, or has a
    /// hard link outside it; skipped, so a link planted in an article folder cannot expose another file.
    /// </summary>
    public const string OutsideFolder = "CT2015";

    /// <summary>Error: a name in the folder is a device, pipe or socket rather than a regular file; skipped (reading it could block).</summary>
    public const string NotRegularFile = "CT2016";

    /// <summary>Warning: a manifest, front-matter or HTML language is not a BCP 47 tag (2 to 8 letters, then subtags); it is
    /// ignored and the language is detected or defaulted as if none were given.</summary>
    public const string BadLanguage = "CT2017";
}
