using System.Data.Common;

namespace ClaimTracker.Ledger.Sql;

/// <summary>What differs between the SQL stores: connections, write transactions, locking and the schema scripts.</summary>
internal interface ILedgerDialect : IAsyncDisposable
{
    /// <summary>The store's name for messages (<c>SQLite</c>, <c>PostgreSQL</c>).</summary>
    string Name { get; }

    /// <summary>The schema migrations: index 0 is version 1. Each is one script of statements; only appended to.</summary>
    IReadOnlyList<string> Migrations { get; }

    /// <summary>Opens a connection.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a write transaction (SQLite: <c>BEGIN IMMEDIATE</c>).</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Starts a read-only transaction that sees one consistent snapshot and does not block writers.</summary>
    Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serializes migrations across processes (inside the migration transaction).</summary>
    Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Serializes writers of one article across processes, until the transaction ends.</summary>
    Task LockArticleAsync(DbConnection connection, DbTransaction transaction, string articleId, CancellationToken cancellationToken);

    /// <summary>Serializes writers of the given blocking keys across processes, until the transaction ends.</summary>
    Task LockKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
