using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>Without a connection string the module runs on its embedded SQLite file: seeded, queried and changed.</summary>
public sealed class SqliteSmokeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "venues-sqlite-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task The_module_seeds_creates_schedules_and_finds_venues_nearby_on_sqlite()
    {
        await using var host = await VenuesHost.StartSqliteAsync(_directory);

        var seeded = (await host.PostAsync("{ venues { totalCount nodes { name } } }")).Ok().GetProperty("venues");
        var id = await host.CreateVenueAsync(NewUnitId(), "SQLite 站", 10.0, 20.0);
        var schedule = await host.SetScheduleAsync(id, Interval("MONDAY", "09:00", "17:00"), Interval("MONDAY", "16:00", "18:00"));
        (await host.SetScheduleAsync(id, Interval("SATURDAY", "20:00", "08:00", overnight: true))).Ok();
        var near = (await host.PostAsync(
            "{ venuesNear(latitude: 10.001, longitude: 20.0) { distanceMeters venue { id weeklyOpenHours } } }")).Ok().GetProperty("venuesNear");

        Assert.True(File.Exists(Path.Combine(_directory, VenuesModule.DatabaseName + ".db")));
        Assert.True(seeded.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(seeded.GetProperty("nodes").EnumerateArray(), venue => Assert.StartsWith("【示例】", venue.GetProperty("name").GetString()));
        Assert.Equal("SCHEDULE_OVERLAP", schedule.ErrorCode());
        Assert.Equal(id, near[0].GetProperty("venue").GetProperty("id").GetString());
        Assert.Equal(12, near[0].GetProperty("venue").GetProperty("weeklyOpenHours").GetDouble());
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
