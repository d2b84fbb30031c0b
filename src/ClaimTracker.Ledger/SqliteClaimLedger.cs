using System.Data.Common;
using ClaimTracker.Ledger.Sql;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Ledger;

/// <summary>
/// The embedded <see cref="IClaimLedger"/>: one SQLite file (Microsoft.Data.Sqlite) in WAL mode, so reports and look-ups
/// read while an ingest writes. Open it with <see cref="OpenAsync"/>.
/// </summary>
/// <remarks>
/// <para>Each article is written in one <c>BEGIN IMMEDIATE</c> transaction, so several processes may ingest into the same
/// file: writers take turns (waiting up to <see cref="BusyTimeoutSeconds"/>), readers never wait. A process killed in the
/// middle of an ingest leaves every committed article intact and no part of the one it was writing.</para>
/// <para><c>synchronous=NORMAL</c> with WAL survives a crash of the process; a power loss may lose the last commits but
/// never corrupts the file.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed class SqliteClaimLedger : SqlClaimLedger
{
    /// <summary>How long a writer waits for another writer of the same file, in seconds.</summary>
    public const int BusyTimeoutSeconds = 60;

    private SqliteClaimLedger(SqliteDialect dialect, ClaimLedgerOptions options)
        : base(dialect, options)
    {
        Path = dialect.Path;
    }

    /// <summary>The full path of the ledger file.</summary>
    public string Path { get; }

    /// <summary>Opens the ledger file at <paramref name="path"/>, creating it (and its tables) when missing, and applies any missing schema migration.</summary>
    /// <param name="path">The file path (its folder must exist).</param>
    /// <param name="options">The extractor and comparer.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="InvalidOperationException">The file was built with another block cap, or by a newer schema.</exception>
    /// <exception cref="SqliteException">The file is not a SQLite database or cannot be opened.</exception>
    public static async Task<SqliteClaimLedger> OpenAsync(string path, ClaimLedgerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder of the ledger file '{path}' does not exist.");
        }

        var ledger = new SqliteClaimLedger(new SqliteDialect(full), options);
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

    private sealed class SqliteDialect : ILedgerDialect
    {
        private readonly string _connectionString;

        public SqliteDialect(string path)
        {
            Path = path;
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                DefaultTimeout = BusyTimeoutSeconds,
            }.ToString();
        }

        public string Path { get; }

        public string Name => "SQLite";

        public IReadOnlyList<string> Migrations => LedgerSchema.Migrations;

        public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

        public Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

        // BEGIN IMMEDIATE already holds the file's single write lock.
        public Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task LockArticleAsync(DbConnection connection, DbTransaction transaction, string articleId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task LockKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            // Release the pooled handles so the file can be moved or deleted.
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
            return ValueTask.CompletedTask;
        }
    }
}
