using Npgsql;
using Platform.Hosting.Synthetic;
using Platform.Testing;

namespace Platform.Venues.Tests;

/// <summary>The synthetic province's venues: one site per center, institute and station, at its unit's place, seeded once.</summary>
public sealed class ScaledSeedTests
{
    private const double Scale = 0.01;

    [Fact]
    public async Task Every_center_institute_and_station_gets_one_venue_of_its_kind_and_a_second_start_adds_none()
    {
        var province = SyntheticProvince.Describe(Scale);
        var units = province.Units.Where(u => u.Level >= SyntheticLevel.County).ToList();
        var connectionString = await PostgresServer.CreateDatabaseAsync("venues_scaled");
        await using var host = await VenuesHost.StartScaledAsync(connectionString, Scale);

        var representations = units.Select(u => new { __typename = "OrgUnit", id = u.Id }).ToArray();
        var entities = (await host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { venues { kind latitude hasThreeFunctionRooms unit { id } } } } }",
            new { r = representations })).Ok().GetProperty("_entities").EnumerateArray().ToList();

        Assert.Equal(units.Count, entities.Count);
        foreach (var (unit, entity) in units.Zip(entities))
        {
            var venue = Assert.Single(entity.GetProperty("venues").EnumerateArray());
            var expectedKind = unit.Level switch { SyntheticLevel.County => "CENTER_SITE", SyntheticLevel.Township => "INSTITUTE_SITE", _ => "STATION_SITE" };
            Assert.Equal(expectedKind, venue.GetProperty("kind").GetString());
            Assert.Equal(unit.Latitude, venue.GetProperty("latitude").GetDouble());
            Assert.True(venue.GetProperty("hasThreeFunctionRooms").GetBoolean());
            Assert.Equal(unit.Id, venue.GetProperty("unit").GetProperty("id").GetString());
        }

        await using (await VenuesHost.StartScaledAsync(connectionString, Scale))
        {
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM venues", connection);
        Assert.Equal((long)units.Count, (long)(await count.ExecuteScalarAsync())!);
    }
}
