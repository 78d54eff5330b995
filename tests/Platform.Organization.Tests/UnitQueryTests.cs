using System.Text.Json;

namespace Platform.Organization.Tests;

/// <summary>Reading the seeded tree: lookup by id, name search with Relay paging, and the tree fields.</summary>
public sealed class UnitQueryTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private OrganizationHost Host => fixture.Host;

    [Fact]
    public async Task Units_finds_by_name_and_pages_with_cursors()
    {
        const string query = """
            query($after: String) {
              units(search: "东湖街道", first: 2, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { name level }
              }
            }
            """;

        var first = (await Host.PostAsync(query)).Ok().GetProperty("units");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await Host.PostAsync(query, new { after = cursor })).Ok().GetProperty("units");

        // 东湖街道 (a township of 清徐县) and its three communities.
        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var names = first.GetProperty("nodes").Names().Concat(second.GetProperty("nodes").Names()).ToArray();
        Assert.Equal(["东湖街道", "东湖街道东湖社区", "东湖街道清泉湖社区", "东湖街道清源路社区"], names.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Search_text_is_matched_literally_not_as_a_pattern()
    {
        var percent = (await Host.PostAsync("""{ units(search: "%") { totalCount } }""")).Ok();
        var underscore = (await Host.PostAsync("""{ units(search: "_") { totalCount } }""")).Ok();

        Assert.Equal(0, percent.GetProperty("units").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, underscore.GetProperty("units").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Units_filters_by_level()
    {
        var counties = (await Host.PostAsync("{ units(level: COUNTY, first: 50) { totalCount nodes { level } } }")).Ok().GetProperty("units");

        Assert.Equal(10, counties.GetProperty("totalCount").GetInt32());
        Assert.All(counties.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("COUNTY", n.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task A_village_has_its_parent_and_ancestors_from_the_root_down()
    {
        var village = await FindAsync("西温庄乡东温庄村");

        var unit = await Host.UnitAsync(village, "name kind parent { name } ancestors { name level } leadership { title heldBy }");

        Assert.Equal("西温庄乡", unit.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal(["山西省", "太原市", "小店区", "西温庄乡"], unit.GetProperty("ancestors").Names());
        Assert.Equal("RURAL_VILLAGE", unit.GetProperty("kind").GetString());
        Assert.Equal("站长", unit.GetProperty("leadership")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_county_has_children_and_descendants_limited_by_depth_and_level()
    {
        var county = await FindAsync("小店区");

        var unit = await Host.UnitAsync(county, """
            children { name level }
            depthOne: descendants(depth: 1) { totalCount }
            all: descendants { totalCount }
            villages: descendants(level: VILLAGE) { totalCount nodes { parent { level } } }
            """);

        var children = unit.GetProperty("children");
        Assert.Contains("西温庄乡", children.Names());
        Assert.Contains("北营街办", children.Names());
        Assert.Equal(children.GetArrayLength(), unit.GetProperty("depthOne").GetProperty("totalCount").GetInt32());
        Assert.Equal(6, unit.GetProperty("villages").GetProperty("totalCount").GetInt32());
        Assert.All(unit.GetProperty("villages").GetProperty("nodes").EnumerateArray(),
            v => Assert.Equal("TOWNSHIP", v.GetProperty("parent").GetProperty("level").GetString()));
        Assert.Equal(children.GetArrayLength() + 6, unit.GetProperty("all").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_root_has_no_parent_and_no_ancestors()
    {
        var province = await FindAsync("山西省");

        var unit = await Host.UnitAsync(province, "parent { id } ancestors { id } depth administrativeCode");

        Assert.Equal(JsonValueKind.Null, unit.GetProperty("parent").ValueKind);
        Assert.Equal(0, unit.GetProperty("ancestors").GetArrayLength());
        Assert.Equal(0, unit.GetProperty("depth").GetInt32());
        Assert.Equal("140000", unit.GetProperty("administrativeCode").GetString());
    }

    [Fact]
    public async Task An_unknown_id_is_null_and_a_malformed_id_an_error()
    {
        var unknown = await Host.PostAsync("""{ unit(id: "00000000000000000000000000000000") { id } }""");
        var malformed = await Host.PostAsync("""{ unit(id: "140105") { id } }""");

        Assert.Equal(JsonValueKind.Null, unknown.Ok().GetProperty("unit").ValueKind);
        Assert.Equal("INVALID_ID", malformed.ErrorCode());
    }

    [Fact]
    public async Task A_depth_below_one_is_an_error()
    {
        var province = await FindAsync("山西省");

        var response = await Host.PostAsync("query($id: ID!) { unit(id: $id) { descendants(depth: 0) { totalCount } } }", new { id = province });

        Assert.Equal("INVALID_DEPTH", response.ErrorCode());
    }

    [Fact]
    public async Task OrgUnit_is_a_federation_entity_resolved_by_id_in_one_batch()
    {
        var ids = new[] { await FindAsync("小店区"), await FindAsync("晋源区") };

        var sdl = (await Host.PostAsync("{ _service { sdl } }")).Ok().GetProperty("_service").GetProperty("sdl").GetString()!;
        var entities = (await Host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id name pilotLevel } } }",
            new { r = ids.Select(id => new Dictionary<string, object> { ["__typename"] = "OrgUnit", ["id"] = id }).Append(
                new Dictionary<string, object> { ["__typename"] = "OrgUnit", ["id"] = "00000000000000000000000000000000" }) })).Ok();

        Assert.Contains("type OrgUnit @key(fields: \"id\")", sdl);
        var resolved = entities.GetProperty("_entities");
        Assert.Equal(["小店区", "晋源区"], resolved.EnumerateArray().Take(2).Select(e => e.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("CENTRAL", resolved[1].GetProperty("pilotLevel").GetString());
        Assert.Equal(JsonValueKind.Null, resolved[2].ValueKind);
    }

    private async Task<string> FindAsync(string name)
    {
        var nodes = (await Host.PostAsync("query($n: String) { units(search: $n, first: 20) { nodes { id name } } }", new { n = name }))
            .Ok().GetProperty("units").GetProperty("nodes");
        return nodes.EnumerateArray().Single(n => n.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }
}
