namespace Platform.Organization.Tests;

/// <summary>Without a connection string the module runs on its embedded SQLite file: seeded, queried and changed.</summary>
public sealed class SqliteSmokeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "organization-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task The_module_seeds_queries_and_moves_units_on_sqlite()
    {
        await using var host = await OrganizationHost.StartSqliteAsync(_directory);

        var counties = (await host.PostAsync("{ units(level: COUNTY) { totalCount } }")).Ok();
        var chain = await host.CreateChainAsync("sqlite");
        var otherCounty = await host.CreateAsync("县-sqlite-2", "COUNTY", chain.City);
        var moved = await host.PostAsync(
            "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }", new { id = chain.Township, p = otherCounty }, host.Token("platform-admin"));
        var cycle = await host.PostAsync(
            "mutation($id: ID!, $p: ID!) { moveUnit(id: $id, newParentId: $p) { id } }", new { id = otherCounty, p = chain.Village }, host.Token("platform-admin"));

        Assert.True(File.Exists(Path.Combine(_directory, OrganizationModule.DatabaseName + ".db")));
        Assert.Equal(10, counties.GetProperty("units").GetProperty("totalCount").GetInt32());
        moved.Ok();
        Assert.Equal("MOVE_CYCLE", cycle.ErrorCode());
        var village = await host.UnitAsync(chain.Village, "ancestors { id }");
        Assert.Equal([chain.Province, chain.City, otherCounty, chain.Township], village.GetProperty("ancestors").Ids());
        var descendants = await host.UnitAsync(otherCounty, "descendants { totalCount }");
        Assert.Equal(2, descendants.GetProperty("descendants").GetProperty("totalCount").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
