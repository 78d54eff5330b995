using System.Text.Json;
using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>
/// <c>venuesNear</c>, the "15-minute service circle": active venues within the radius by great-circle distance, nearest
/// first, each with its distance. Each test searches around a point of its own, far from the others' venues.
/// </summary>
public sealed class NearbyTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Near =
        "query($lat: Float!, $lon: Float!, $r: Float) { venuesNear(latitude: $lat, longitude: $lon, radiusMeters: $r) { distanceMeters venue { id name } } }";

    private const string NearDefault =
        "query($lat: Float!, $lon: Float!) { venuesNear(latitude: $lat, longitude: $lon) { distanceMeters venue { id name } } }";

    /// <summary>One thousandth of a degree of latitude is about 111.2 m anywhere on the sphere.</summary>
    private const double MetersPerMilliDegree = 111.195;

    private VenuesHost Host => fixture.Host;

    [Fact]
    public async Task Venues_come_nearest_first_with_their_distances_and_only_inside_the_radius()
    {
        var (lat, lon) = (30.1, 100.1);
        var unit = NewUnitId();
        var far = await Host.CreateVenueAsync(unit, "远", lat + 0.008, lon);
        var near = await Host.CreateVenueAsync(unit, "近", lat - 0.002, lon);
        var middle = await Host.CreateVenueAsync(unit, "中", lat, lon + 0.005);
        var outside = await Host.CreateVenueAsync(unit, "外", lat + 0.02, lon);

        var found = (await Host.PostAsync(Near, new { lat, lon, r = 1500.0 })).Ok().GetProperty("venuesNear");

        Assert.Equal([near, middle, far], Ids(found));
        Assert.DoesNotContain(outside, Ids(found));
        var distances = found.EnumerateArray().Select(f => f.GetProperty("distanceMeters").GetDouble()).ToArray();
        Assert.Equal(2 * MetersPerMilliDegree, distances[0], 0.5);
        Assert.Equal(5 * MetersPerMilliDegree * Math.Cos(lat * Math.PI / 180), distances[1], 1.0);
        Assert.Equal(8 * MetersPerMilliDegree, distances[2], 1.0);
    }

    [Fact]
    public async Task The_radius_boundary_includes_a_venue_just_inside_and_excludes_it_just_outside()
    {
        var (lat, lon) = (31.2, 101.2);
        var venue = await Host.CreateVenueAsync(NewUnitId(), "边界", lat + 0.003, lon + 0.004);
        var all = (await Host.PostAsync(Near, new { lat, lon, r = 5000.0 })).Ok().GetProperty("venuesNear");
        var distance = all.EnumerateArray().Single(f => f.GetProperty("venue").GetProperty("id").GetString() == venue).GetProperty("distanceMeters").GetDouble();

        var inside = (await Host.PostAsync(Near, new { lat, lon, r = distance + 0.01 })).Ok().GetProperty("venuesNear");
        var outside = (await Host.PostAsync(Near, new { lat, lon, r = distance - 0.01 })).Ok().GetProperty("venuesNear");

        Assert.Contains(venue, Ids(inside));
        Assert.DoesNotContain(venue, Ids(outside));
    }

    [Fact]
    public async Task The_default_radius_is_a_walking_distance_of_about_a_kilometer()
    {
        var (lat, lon) = (32.3, 102.3);
        var unit = NewUnitId();
        var within = await Host.CreateVenueAsync(unit, "步行可达", lat + 0.008, lon);
        var beyond = await Host.CreateVenueAsync(unit, "步行太远", lat + 0.0095, lon);

        var found = (await Host.PostAsync(NearDefault, new { lat, lon })).Ok().GetProperty("venuesNear");

        Assert.Equal([within], Ids(found));
        Assert.DoesNotContain(beyond, Ids(found));
    }

    [Fact]
    public async Task The_box_prefilter_misses_nothing_east_or_west_at_high_latitude()
    {
        var (lat, lon) = (69.5, 20.5);
        var unit = NewUnitId();
        var east = await Host.CreateVenueAsync(unit, "东", lat, lon + 0.02);
        var west = await Host.CreateVenueAsync(unit, "西", lat, lon - 0.02);

        var found = (await Host.PostAsync(Near, new { lat, lon, r = 800.0 })).Ok().GetProperty("venuesNear");

        Assert.Equal(2, found.GetArrayLength());
        Assert.Contains(east, Ids(found));
        Assert.Contains(west, Ids(found));
    }

    [Fact]
    public async Task Archived_venues_are_not_found()
    {
        var (lat, lon) = (33.4, 103.4);
        var venue = await Host.CreateVenueAsync(NewUnitId(), "已归档", lat, lon);
        (await Host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { id } }", new { id = venue }, Host.Token("platform-admin"))).Ok();

        var found = (await Host.PostAsync(Near, new { lat, lon, r = 100.0 })).Ok().GetProperty("venuesNear");

        Assert.Equal(0, found.GetArrayLength());
    }

    [Theory]
    [InlineData(0.0, 1.0, 0.0, "INVALID_RADIUS")]
    [InlineData(-5.0, 1.0, 0.0, "INVALID_RADIUS")]
    [InlineData(50001.0, 1.0, 0.0, "INVALID_RADIUS")]
    [InlineData(100.0, 90.5, 0.0, "INVALID_COORDINATES")]
    [InlineData(100.0, 0.0, -180.5, "INVALID_COORDINATES")]
    public async Task Bad_searches_get_a_coded_error(double radius, double lat, double lon, string code)
    {
        var response = await Host.PostAsync(Near, new { lat, lon, r = radius });

        Assert.Equal(code, response.ErrorCode());
    }

    private static string[] Ids(JsonElement found) =>
        [.. found.EnumerateArray().Select(f => f.GetProperty("venue").GetProperty("id").GetString()!)];
}
