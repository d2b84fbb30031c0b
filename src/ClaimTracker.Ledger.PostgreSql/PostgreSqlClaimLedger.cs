using System.Data;
using System.Data.Common;
using System.Text;
using ClaimTracker.Ledger.Sql;
using Npgsql;

namespace ClaimTracker.Ledger.PostgreSql;

/// <summary>
/// The <see cref="IClaimLedger"/> for teams: one PostgreSQL database (Npgsql) that several ingest processes, on different
/// machines, write to at once. Open it with <see cref="OpenAsync"/>; the schema migrations (table <c>schema_version</c>)
/// are applied on open.
/// </summary>
/// <remarks>
/// <para><b>Concurrent writers.</b> Each article is written in one READ COMMITTED transaction that first takes
/// transaction-scoped advisory locks: one on the article id, then one per blocking key the article touches (its old and
/// new keys), in ascending lock-id order so two writers never wait on each other in a cycle. Two writers whose articles
/// share a blocking key therefore take turns, and the second sees the first's claims and compares with them; writers of
/// unrelated articles (no shared key, so no possible relation) run in parallel. The result is the same relations as one
/// process ingesting everything. Advisory locks were chosen over SERIALIZABLE transactions because they never abort work
/// that then has to be retried, and they serialize only writers that could actually meet.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed class PostgreSqlClaimLedger : SqlClaimLedger
{
    /// <summary>The first key of the two-part advisory locks the ledger takes (<c>pg_advisory_xact_lock(space, hash)</c>):
    /// this space for migrations, +1 for article ids, +2 for blocking keys.</summary>
    public const int AdvisoryLockSpace = 0x4C454447; // "LEDG"

    private PostgreSqlClaimLedger(ILedgerDialect dialect, ClaimLedgerOptions options)
        : base(dialect, options)
    {
    }

    /// <summary>Connects to the database of <paramref name="connectionString"/> and applies any missing schema migration.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Port=...;Username=...;Database=...</c>).</param>
    /// <param name="options">The extractor and comparer.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null, empty, white space or not a valid connection string.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The database was built with another block cap, or by a newer schema.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the connection.</exception>
    public static async Task<PostgreSqlClaimLedger> OpenAsync(string connectionString, ClaimLedgerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var ledger = new PostgreSqlClaimLedger(new PostgreSqlDialect(dataSource), options);
        try
        {
            await ledger.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ledger.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return ledger;
    }

    /// <summary>A stable 32-bit lock id for a text (FNV-1a over its UTF-8 bytes): the same in every process.</summary>
    internal static int LockId(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return unchecked((int)hash);
    }

    private sealed class PostgreSqlDialect(NpgsqlDataSource dataSource) : ILedgerDialect
    {
        public string Name => "PostgreSQL";

        public IReadOnlyList<string> Migrations => LedgerSchema.Migrations;

        public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
            await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

        public async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
            await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

        public Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
            LockAsync(connection, transaction, AdvisoryLockSpace, 0, cancellationToken);

        public Task LockArticleAsync(DbConnection connection, DbTransaction transaction, string articleId, CancellationToken cancellationToken) =>
            LockAsync(connection, transaction, AdvisoryLockSpace + 1, LockId(articleId), cancellationToken);

        public async Task LockKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            foreach (var id in keys.Select(LockId).Distinct().Order())
            {
                await LockAsync(connection, transaction, AdvisoryLockSpace + 2, id, cancellationToken).ConfigureAwait(false);
            }
        }

        public ValueTask DisposeAsync() => dataSource.DisposeAsync();

        private static async Task LockAsync(DbConnection connection, DbTransaction transaction, int space, int id, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@s, @i)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
            command.Parameters.AddWithValue("s", space);
            command.Parameters.AddWithValue("i", id);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
