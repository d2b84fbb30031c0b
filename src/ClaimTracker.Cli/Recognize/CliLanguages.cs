using ClaimTracker.Cli.Commands;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Recognize;

/// <summary>The language packs the CLI knows, by code: those of the CLI's one pipeline.</summary>
internal static class CliLanguages
{
    public static LanguagePackRegistry Registry => ExtractionSetup.Instance.Packs;

    public static IReadOnlyCollection<string> Codes => Registry.Codes;

    public static bool TryGet(string? code, out ILanguagePack pack)
    {
        pack = null!;
        return code is not null && Registry.TryGet(code, out pack!);
    }
}
