using ClaimTracker.Catalog;

namespace ClaimTracker.Tests.Catalog;

/// <summary>The language packs' catalog files, read from the repository (the core test project references no pack).</summary>
internal static class CatalogTestData
{
    private static readonly Lazy<EntityCatalog> Both = new(() => new EntityCatalogBuilder().Add(English).Add(Arabic).Build());

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ClaimTracker.sln not found above the test directory.");
        }
    }

    public static string EnglishPath => Path.Combine(RepoRoot, "src", "ClaimTracker.Languages.English", "Catalog", "entities.json");

    public static string ArabicPath => Path.Combine(RepoRoot, "src", "ClaimTracker.Languages.Arabic", "Catalog", "entities.json");

    public static CatalogContribution English => CatalogContribution.LoadFile(EnglishPath);

    public static CatalogContribution Arabic => CatalogContribution.LoadFile(ArabicPath);

    /// <summary>English and Arabic contributions merged (Arabic demonyms not inflected: that is the Arabic pack's job).</summary>
    public static EntityCatalog Catalog => Both.Value;

    /// <summary>The 193 UN member states by ISO 3166-1 alpha-2 code.</summary>
    public static readonly string[] UnMemberStates =
    [
        "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ", "BT",
        "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA", "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CR",
        "CI", "HR", "CU", "CY", "CZ", "KP", "CD", "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ",
        "FI", "FR", "GA", "GM", "GE", "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR",
        "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KW", "KG", "LA", "LV", "LB", "LS", "LR", "LY", "LI", "LT",
        "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM", "MC", "MN", "ME", "MA", "MZ", "MM", "NA", "NR",
        "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO", "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH", "PL", "PT", "QA", "KR",
        "MD", "RO", "RU", "RW", "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO",
        "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TH", "TL", "TG", "TO", "TT", "TN", "TR", "TM", "TV", "UG",
        "UA", "AE", "GB", "TZ", "US", "UY", "UZ", "VU", "VE", "VN", "YE", "ZM", "ZW",
    ];

    /// <summary>A small contribution written in code, for builder tests.</summary>
    public static CatalogContribution Small(string source, params EntityDefinition[] entities) => new(source, entities);
}
