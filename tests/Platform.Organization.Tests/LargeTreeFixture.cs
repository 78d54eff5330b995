using Npgsql;
using Platform.Testing;

namespace Platform.Organization.Tests;

/// <summary>
/// A module host over a PostgreSQL database holding a generated tree of exactly 100,000 units (1 province, 10 cities,
/// 100 counties, 1,000 townships, 98,889 villages spread round-robin over the townships), written with set-based SQL.
/// Ids are md5 of a letter and the unit's number, so tests can name units without asking.
/// </summary>
public sealed class LargeTreeFixture : IAsyncLifetime
{
    public const int Cities = 10;
    public const int Counties = 100;
    public const int Townships = 1_000;
    public const int Villages = 98_889;
    public const int Total = 1 + Cities + Counties + Townships + Villages;

    private OrganizationHost? _host;

    public SqlCommandCounter Commands { get; } = new();

    public OrganizationHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The villages generated under township <paramref name="township"/> (1-based).</summary>
    public static int VillagesOf(int township) => Villages / Townships + (township <= Villages % Townships ? 1 : 0);

    public async Task InitializeAsync()
    {
        _host = await OrganizationHost.StartPostgresAsync(seed: false, counter: Commands);
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(GenerateSql, connection) { CommandTimeout = 120 };
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>The id the generator gives unit number <paramref name="number"/> of a level (p, c, k, t, v).</summary>
    public static string Id(char level, int number = 1)
    {
        var bytes = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(level + number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(bytes);
    }

    private const string Columns = "id, name, level, pilot_level, archived, parent_id, path, depth";

    private static readonly string GenerateSql = $"""
        INSERT INTO org_units ({Columns})
        VALUES (md5('p1'), 'Province 1', 'Province', 'None', false, NULL, '/' || md5('p1') || '/', 0);

        INSERT INTO org_units ({Columns})
        SELECT md5('c' || n), 'City ' || n, 'City', 'None', false, p.id, p.path || md5('c' || n) || '/', 1
        FROM generate_series(1, {Cities}) AS n JOIN org_units p ON p.id = md5('p1');

        INSERT INTO org_units ({Columns})
        SELECT md5('k' || n), 'County ' || n, 'County', 'None', false, p.id, p.path || md5('k' || n) || '/', 2
        FROM generate_series(1, {Counties}) AS n JOIN org_units p ON p.id = md5('c' || ((n - 1) / {Counties / Cities} + 1));

        INSERT INTO org_units ({Columns})
        SELECT md5('t' || n), 'Township ' || n, 'Township', 'None', false, p.id, p.path || md5('t' || n) || '/', 3
        FROM generate_series(1, {Townships}) AS n JOIN org_units p ON p.id = md5('k' || ((n - 1) / {Townships / Counties} + 1));

        INSERT INTO org_units ({Columns})
        SELECT md5('v' || n), 'Village ' || n, 'Village', 'None', false, p.id, p.path || md5('v' || n) || '/', 4
        FROM generate_series(1, {Villages}) AS n JOIN org_units p ON p.id = md5('t' || ((n - 1) % {Townships} + 1));

        ANALYZE org_units;
        """;
}
