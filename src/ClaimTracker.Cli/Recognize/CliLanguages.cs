using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.English;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Recognize;

/// <summary>The language packs the CLI knows, by code.</summary>
internal static class CliLanguages
{
    public static LanguagePackRegistry Registry { get; } = new(new ILanguagePack[] { ArabicLanguagePack.Instance, EnglishLanguagePack.Instance });

    public static IReadOnlyCollection<string> Codes => Registry.Codes;

    public static bool TryGet(string? code, out ILanguagePack pack)
    {
        pack = null!;
        return code is not null && Registry.TryGet(code, out pack!);
    }
}
