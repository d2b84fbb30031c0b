using Microsoft.Data.Sqlite;

namespace ClaimTracker.Ledger.Tests;

/// <summary>The ledger contract on the embedded SQLite store, plus what is SQLite's own.</summary>
public sealed class SqliteClaimLedgerTests : ClaimLedgerContractTests
{
    private readonly string _dir = LedgerTestSupport.TempDir();

    private string Path => System.IO.Path.Combine(_dir, "ledger.db");

    protected override async Task<IClaimLedger> OpenStoreAsync(ClaimLedgerOptions options) => await SqliteClaimLedger.OpenAsync(Path, options);

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OpenAsync_NewFile_UsesWriteAheadLog()
    {
        await OpenAsync();

        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        ((string?)await command.ExecuteScalarAsync()).Should().Be("wal");
    }

    [Fact]
    public async Task OpenAsync_MissingFolder_ThrowsDirectoryNotFound()
    {
        await FluentActions.Awaiting(() => SqliteClaimLedger.OpenAsync(System.IO.Path.Combine(_dir, "missing", "l.db"), LedgerTestSupport.Options()))
            .Should().ThrowAsync<DirectoryNotFoundException>();
    }
}
