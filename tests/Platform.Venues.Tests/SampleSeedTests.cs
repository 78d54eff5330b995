using Microsoft.Extensions.DependencyInjection;
using Platform.Venues.Data;
using Platform.Venues.Data.Seed;

namespace Platform.Venues.Tests;

/// <summary>
/// The sample seed: every venue marked 【示例】 and attached to a unit of the Organization module's Taiyuan seed by that
/// module's id (<c>"seed:" + parentId + "/" + name</c>, SHA-256, first 16 bytes as hex, per its Data/Seed/README.md).
/// </summary>
public sealed class SampleSeedTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private VenuesHost Host => fixture.Host;

    [Fact]
    public async Task Every_sample_venue_is_marked_and_the_Jinyuan_center_meets_the_province_rules()
    {
        var jinyuan = OrganizationSeedId("山西省", "太原市", "晋源区");

        var all = (await Host.PostAsync("{ venues(search: \"【示例】\", first: 50) { totalCount } }")).Ok();
        var unit = (await Host.PostAsync(
            "query($u: ID!) { _entities(representations: [{ __typename: \"OrgUnit\", id: $u }]) { ... on OrgUnit { venues { name kind weeklyOpenHours meetsWeeklyOpeningHours hasThreeFunctionRooms checklist { complete } } } } }",
            new { u = jinyuan })).Ok().GetProperty("_entities")[0].GetProperty("venues");
        var names = (await Host.PostAsync("{ venues(first: 50) { nodes { name } } }")).Ok().GetProperty("venues").GetProperty("nodes");

        Assert.Equal(names.GetArrayLength(), all.GetProperty("venues").GetProperty("totalCount").GetInt32());
        var center = Assert.Single(unit.EnumerateArray());
        Assert.Equal("CENTER_SITE", center.GetProperty("kind").GetString());
        Assert.True(center.GetProperty("meetsWeeklyOpeningHours").GetBoolean());
        Assert.True(center.GetProperty("hasThreeFunctionRooms").GetBoolean());
        Assert.True(center.GetProperty("checklist").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task A_pilot_township_has_its_institute_site()
    {
        var jinci = OrganizationSeedId("山西省", "太原市", "晋源区", "晋祠镇");

        var venues = (await Host.PostAsync(
            "query($u: ID!) { _entities(representations: [{ __typename: \"OrgUnit\", id: $u }]) { ... on OrgUnit { venues { kind } } } }",
            new { u = jinci })).Ok().GetProperty("_entities")[0].GetProperty("venues");

        Assert.Equal("INSTITUTE_SITE", Assert.Single(venues.EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_keeps_changes_made_to_sample_venues()
    {
        const string Count = "{ venues(includeArchived: true) { totalCount nodes { id name } } }";
        var before = (await Host.PostAsync(Count)).Ok().GetProperty("venues");
        var renamed = before.GetProperty("nodes").EnumerateArray()
            .Single(venue => venue.GetProperty("name").GetString()!.Contains("迎泽区", StringComparison.Ordinal)).GetProperty("id").GetString();
        (await Host.PostAsync("mutation($id: ID!, $input: VenueDetailsInput!) { updateVenue(id: $id, input: $input) { id } }",
            new { id = renamed, input = VenueClient.Details("【示例】改过的名字", kind: "PARK_OR_SQUARE") }, Host.Token("platform-admin"))).Ok();

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VenuesDbContext>();
            await new SampleVenueSeeder().SeedAsync(db, CancellationToken.None);
        }

        var after = (await Host.PostAsync(Count)).Ok().GetProperty("venues");
        Assert.Equal(before.GetProperty("totalCount").GetInt32(), after.GetProperty("totalCount").GetInt32());
        Assert.Equal("【示例】改过的名字", (await Host.VenueAsync(renamed!, "name")).GetProperty("name").GetString());
    }

    /// <summary>The id the Organization module gives a seeded unit, from the chain of names down to it.</summary>
    private static string OrganizationSeedId(params string[] names)
    {
        string? id = null;
        foreach (var name in names)
        {
            var key = "seed:" + (id is null ? "" : id + "/") + name;
            id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
        }

        return id!;
    }
}
