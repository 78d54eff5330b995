using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Platform.Hosting.Data;

/// <summary>
/// A PostgreSQL session-level advisory lock held while a module's database is migrated and seeded, so instances
/// starting at once against one database take turns: the second finds the schema and the seed data in place instead
/// of creating them a second time. The lock's key derives from the context's name; closing the session releases it.
/// </summary>
internal sealed class PostgresInitializationLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private PostgresInitializationLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>
    /// Waits for the lock (as long as the other instance's seeding takes); null when the database does not exist yet
    /// (the migration creates it, and there is nothing to collide on before that).
    /// </summary>
    public static async Task<PostgresInitializationLock?> AcquireAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("platform/database-initialization/" + name)), 0);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresInitializationLock(connection, key);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return null;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection);
            command.Parameters.Add(new NpgsqlParameter { Value = _key });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
