namespace ClaimTracker.Ledger.Sql;

/// <summary>The ledger schema, shared by the SQL stores (plain SQL both SQLite and PostgreSQL accept).</summary>
/// <remarks>Documented in docs/ledger.md. Versions are only appended; a store applies the missing ones on open.</remarks>
internal static class LedgerSchema
{
    /// <summary>The table that records the applied versions.</summary>
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL);";

    /// <summary>Version 1: articles, claims, blocking keys, relations, load diagnostics, catalog overrides, settings.</summary>
    public const string V1 = """
        CREATE TABLE ledger_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            article_json TEXT NOT NULL,
            diagnostics_json TEXT NOT NULL);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            claim_json TEXT NOT NULL);
        CREATE INDEX ix_claims_article ON claims (article_id);
        CREATE TABLE claim_keys (
            block_key TEXT NOT NULL,
            claim_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            said TEXT NULL,
            PRIMARY KEY (block_key, claim_id));
        CREATE INDEX ix_claim_keys_claim ON claim_keys (claim_id);
        CREATE INDEX ix_claim_keys_article ON claim_keys (article_id);
        CREATE INDEX ix_claim_keys_key_said ON claim_keys (block_key, said);
        CREATE TABLE relations (
            id TEXT PRIMARY KEY,
            claim_a TEXT NOT NULL,
            claim_b TEXT NOT NULL,
            article_a TEXT NOT NULL,
            article_b TEXT NOT NULL,
            relation_json TEXT NOT NULL);
        CREATE INDEX ix_relations_article_a ON relations (article_a);
        CREATE INDEX ix_relations_article_b ON relations (article_b);
        CREATE TABLE load_diagnostics (position INTEGER PRIMARY KEY, diagnostic_json TEXT NOT NULL);
        CREATE TABLE catalog_overrides (name TEXT PRIMARY KEY, catalog_json TEXT NOT NULL);
        """;

    /// <summary>All versions, in order.</summary>
    public static IReadOnlyList<string> Migrations { get; } = [V1];
}
