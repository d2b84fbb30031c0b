global using ClaimTracker.Testing.Dates;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;

namespace ClaimTracker.Testing.Dates;

/// <summary>The pack the date tests run against (used by the shared <see cref="DateTestSupport"/>).</summary>
internal static class DatesTestPack
{
    public static ILanguagePack Instance => ArabicLanguagePack.Instance;
}
