using static Platform.Venues.Tests.VenueClient;

namespace Platform.Venues.Tests;

/// <summary>The root queries: <c>venue(id:)</c>, and <c>venues</c> by name, kind and archived state, paged by name.</summary>
public sealed class VenueQueryTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Venues =
        "query($s: String, $k: VenueKind, $a: Boolean! = false, $first: Int, $after: String) { venues(search: $s, kind: $k, includeArchived: $a, first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }";

    private VenuesHost Host => fixture.Host;

    [Fact]
    public async Task Venues_filter_by_name_and_kind_and_page_in_name_order()
    {
        var unit = NewUnitId();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var b = await Host.CreateVenueAsync(unit, $"查询{tag}-b", kind: "PRACTICE_BASE");
        var a = await Host.CreateVenueAsync(unit, $"查询{tag}-a", kind: "PRACTICE_BASE");
        var c = await Host.CreateVenueAsync(unit, $"查询{tag}-c", kind: "VOLUNTEER_SERVICE_POST");

        var all = (await Host.PostAsync(Venues, new { s = tag })).Ok().GetProperty("venues");
        var bases = (await Host.PostAsync(Venues, new { s = tag, k = "PRACTICE_BASE" })).Ok().GetProperty("venues");
        var page1 = (await Host.PostAsync(Venues, new { s = tag, first = 2 })).Ok().GetProperty("venues");
        var page2 = (await Host.PostAsync(Venues, new { s = tag, first = 2, after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Ok().GetProperty("venues");

        string[] byName = [a, b, c];
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(byName, all.GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.Equal(new[] { a, b }.Order(), bases.GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).Order());
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(byName[2], page2.GetProperty("nodes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Archived_venues_are_listed_only_when_asked_for_and_unknown_ids_are_null()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await Host.CreateVenueAsync(NewUnitId(), "归档查询" + tag);
        (await Host.PostAsync("mutation($id: ID!) { archiveVenue(id: $id) { id } }", new { id }, Host.Token("platform-admin"))).Ok();

        var active = (await Host.PostAsync(Venues, new { s = tag })).Ok().GetProperty("venues");
        var archived = (await Host.PostAsync(Venues, new { s = tag, a = true })).Ok().GetProperty("venues");
        var unknown = (await Host.PostAsync("{ venue(id: \"0123456789abcdef0123456789abcdef\") { id } }")).Ok();

        Assert.Equal(0, active.GetProperty("totalCount").GetInt32());
        Assert.Equal(id, archived.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("venue").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task Venues_near_refuses_a_result_limit_outside_1_to_500(int first)
    {
        var response = await Host.PostAsync("query($f: Int!) { venuesNear(latitude: 1, longitude: 1, first: $f) { distanceMeters } }", new { f = first });

        Assert.Equal("INVALID_LIMIT", response.ErrorCode());
    }
}
