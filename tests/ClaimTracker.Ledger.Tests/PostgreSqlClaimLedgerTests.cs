using ClaimTracker.Ledger.PostgreSql;
using Npgsql;

namespace ClaimTracker.Ledger.Tests;

/// <summary>
/// The ledger contract on the PostgreSQL store, against the real server of <c>CLAIMTRACKER_TEST_POSTGRES</c>; each test
/// gets its own schema (dropped afterwards).
/// </summary>
public sealed class PostgreSqlClaimLedgerTests : ClaimLedgerContractTests, INeedPostgreSql
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    internal static async Task<string> CreateSchemaAsync(string schema)
    {
        PostgreSqlServer.Require();
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    internal static async Task DropSchemaAsync(string schema)
    {
        if (PostgreSqlServer.Unavailable is not null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private string? _connectionString;

    public override async Task InitializeAsync() => _connectionString = await CreateSchemaAsync(_schema);

    protected override async Task<IClaimLedger> OpenStoreAsync(ClaimLedgerOptions options) =>
        await PostgreSqlClaimLedger.OpenAsync(_connectionString!, options);

    protected override Task DeleteStoreAsync() => DropSchemaAsync(_schema);

    [StoreFact]
    public async Task OpenAsync_TwoOpenersAtOnce_ApplyTheSchemaOnce()
    {
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAsync()));

        foreach (var ledger in ledgers.Cast<SqlClaimLedger>())
        {
            (await ledger.SchemaVersionAsync(CancellationToken.None)).Should().Be(1);
        }
    }
}

/// <summary>What the PostgreSQL store computes without a server.</summary>
public sealed class PostgreSqlLockIdTests
{
    [Fact]
    public void LockId_SameText_SameIdInEveryProcess()
    {
        // FNV-1a of "a": a fixed value, not a per-process randomized string hash.
        PostgreSqlClaimLedger.LockId("a").Should().Be(unchecked((int)0xE40C292Cu));
    }
}
