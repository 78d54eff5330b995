using Npgsql;

namespace Platform.Testing;

/// <summary>
/// The PostgreSQL server the tests of this process use: the one named by <c>PLATFORM_TEST_POSTGRES</c> (a
/// connection string to a server the tests may create databases on), or else a throwaway cluster started once
/// per test process with the machine's <c>initdb</c>/<c>pg_ctl</c> (<see cref="ThrowawayCluster"/>).
/// Each caller gets a database of its own, so test classes never see each other's rows.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> AdminConnection = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var admin = await AdminConnection.Value.ConfigureAwait(false);
        var name = $"{Sanitize(prefix)}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") is { Length: > 0 } configured)
        {
            return configured;
        }

        var cluster = await ThrowawayCluster.StartAsync().ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster.ConnectionString;
    }

    private static string Sanitize(string prefix) =>
        new(prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
