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
